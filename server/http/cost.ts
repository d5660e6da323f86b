// What a request can cost, counted before it runs, as GitHub's and Shopify's APIs count it: by
// what it can return. Every object a field can return costs 1; a connection costs 2 (its page and
// its count) plus, for each of the `first`/`last` nodes it may return, the cost of one node; a
// plain list counts as LIST_SIZE objects; a field may declare an extra cost of its own
// (`extensions: { cost }`: facts, matrices); a mutation field costs MUTATION_COST more. Scalars
// and introspection cost nothing. The sizes multiply along each path, so
// `portfolios(first: 10) { projects(first: 20) { risks(first: 3) { … } } }` is counted as the 600
// risks it can return, and 29 aliases of `projects(first: 100) { facts }` as 2,900 fact documents.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** A plain list (not a connection) is counted as this many objects. */
export const LIST_SIZE = 10;
/** A connection without `first`/`last` returns this many nodes (the prisma plugin's default page). */
export const DEFAULT_PAGE_SIZE = 20;
/** A connection's own cost: its page query and its count. */
export const CONNECTION_COST = 2;
/** What a mutation field costs beyond what it returns: it writes, in a transaction, with its audit. */
export const MUTATION_COST = 10;

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** The cost of the operation `operationName` of `document` (the only one when unnamed), or 0 if there is none. */
export function operationCost(schema: GraphQLSchema, document: { definitions: readonly unknown[] }, operationName: string | null | undefined, variables: Variables): number {
  const definitions = document.definitions as readonly (OperationDefinitionNode | FragmentDefinitionNode)[];
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((op) => op.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return 0;
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  // Variables the request leaves out take their declared defaults.
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((d) => (d.defaultValue?.kind === Kind.INT ? [[d.variable.name.value, Number(d.defaultValue.value)]] : [])),
  );
  const counter = new CostCounter(schema, fragments, { ...defaults, ...(variables ?? {}) });
  return counter.selectionCost(root, operation.selectionSet, { mutation: operation.operation === 'mutation', pageSize: null, seen: new Set() });
}

interface Scope {
  /** Root fields of a mutation carry MUTATION_COST. */
  mutation: boolean;
  /** Inside a connection: the number of nodes its `edges` list holds. */
  pageSize: number | null;
  /** Fragments being expanded (a cycle is a validation error; here it just stops). */
  seen: Set<string>;
}

class CostCounter {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {}

  /** The cost of a selection set on `type`: the sum of its fields (for an abstract type, of every branch). */
  selectionCost(type: GraphQLObjectType | { name: string }, selectionSet: SelectionSetNode, scope: Scope): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.fieldCost(type, selection, scope);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        cost += this.selectionCost(on ?? type, selection.selectionSet, { ...scope, mutation: false });
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || scope.seen.has(name)) continue;
        const on = this.schema.getType(fragment.typeCondition.name.value) ?? type;
        cost += this.selectionCost(on, fragment.selectionSet, { ...scope, seen: new Set([...scope.seen, name]) });
      }
    }
    return cost;
  }

  private fieldCost(parent: GraphQLObjectType | { name: string }, node: FieldNode, scope: Scope): number {
    if (node.name.value.startsWith('__') || parent.name.startsWith('__')) return 0;
    const field = this.fieldOf(parent, node.name.value);
    if (!field) return 0;
    const own = (Number(field.extensions?.cost) || 0) + (scope.mutation ? MUTATION_COST : 0);
    const returned = getNamedType(field.type);
    if (!node.selectionSet || !(isObjectType(returned) || isInterfaceType(returned) || isUnionType(returned))) return own;
    const inner: Scope = { mutation: false, pageSize: null, seen: scope.seen };
    if (this.isConnection(field)) {
      const size = this.intArgument(node, 'first') ?? this.intArgument(node, 'last') ?? DEFAULT_PAGE_SIZE;
      return own + CONNECTION_COST + this.selectionCost(returned, node.selectionSet, { ...inner, pageSize: size });
    }
    const each = 1 + this.selectionCost(returned, node.selectionSet, inner);
    if (!this.isList(field)) return own + each;
    // `edges` of a connection holds its page; a list with `first` that many; any other LIST_SIZE.
    const size = node.name.value === 'edges' && scope.pageSize !== null ? scope.pageSize : (this.intArgument(node, 'first') ?? this.defaultFirst(field) ?? LIST_SIZE);
    // An edge is not an object of its own: its node is.
    const perItem = node.name.value === 'edges' && scope.pageSize !== null ? each - 1 : each;
    return own + size * perItem;
  }

  private fieldOf(parent: { name: string }, name: string): GraphQLField<unknown, unknown> | undefined {
    const type = this.schema.getType(parent.name);
    if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
    // On a union only __typename can be selected directly.
    return undefined;
  }

  private isConnection(field: GraphQLField<unknown, unknown>): boolean {
    return field.args.some((arg) => arg.name === 'first') && field.args.some((arg) => arg.name === 'after');
  }

  /** The default of a list's own `first` argument (topRisks, a matrix cell's risks). */
  private defaultFirst(field: GraphQLField<unknown, unknown>): number | null {
    const value = field.args.find((arg) => arg.name === 'first')?.defaultValue;
    return typeof value === 'number' ? value : null;
  }

  private isList(field: GraphQLField<unknown, unknown>): boolean {
    const type = isNonNullType(field.type) ? field.type.ofType : field.type;
    return isListType(type);
  }

  /** The value of an Int argument, literal or variable; null when absent. */
  private intArgument(node: FieldNode, name: string): number | null {
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    if (!argument) return null;
    const value = this.valueOf(argument.value);
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : null;
  }

  private valueOf(value: ValueNode): unknown {
    if (value.kind === Kind.VARIABLE) return this.variables[value.name.value] ?? null;
    if (value.kind === Kind.INT) return Number(value.value);
    return null;
  }
}
