// Field and enum suggestions ("Did you mean …?") help attackers map a schema whose
// introspection is off. graphql-armor masks them in validation errors only; they also appear in
// variable coercion errors and in graphql-js' enum wording, so production strips them from every
// error sent, over HTTP/SSE (yoga plugin below) and over WebSocket (app.ts uses stripSuggestions).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/;
const SUGGESTIONS = /\s*Did you mean [^?]*\?/g;

export function stripSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTIONS, ''), {
    nodes: error.nodes,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

/** The same result with suggestions removed from its errors (the result itself when there are none). */
export function stripSuggestions<T extends { errors?: readonly GraphQLError[] }>(result: T): T {
  if (!result.errors?.some((error) => SUGGESTION.test(error.message))) return result;
  return { ...result, errors: result.errors.map(stripSuggestion) };
}

export function hideSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      const results = (Array.isArray(result) ? result : [result]) as { errors?: readonly GraphQLError[] }[];
      const cleaned = results.map(stripSuggestions);
      if (cleaned.some((item, index) => item !== results[index])) {
        setResult((Array.isArray(result) ? cleaned : cleaned[0]) as never);
      }
    },
  };
}
