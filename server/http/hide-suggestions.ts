// Field and enum suggestions ("Did you mean …?") help attackers map a schema whose
// introspection is off. graphql-armor masks them in validation errors; they also appear in
// variable coercion errors and in graphql-js' enum wording, so production strips them from every
// error a response carries.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/;
const SUGGESTIONS = /\s*Did you mean [^?]*\?/g;

export function hideSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      const results = Array.isArray(result) ? result : [result];
      let changed = false;
      const cleaned = results.map((item) => {
        const errors = (item as { errors?: readonly GraphQLError[] }).errors;
        if (!errors?.some((error) => SUGGESTION.test(error.message))) return item;
        changed = true;
        return {
          ...item,
          errors: errors.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTIONS, ''), {
                  nodes: error.nodes,
                  positions: error.positions,
                  path: error.path,
                  extensions: error.extensions,
                })
              : error,
          ),
        };
      });
      if (changed) setResult((Array.isArray(result) ? cleaned : cleaned[0]) as never);
    },
  };
}
