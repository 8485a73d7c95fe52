// Lines of at most 42 characters: the editor gets half of a laptop's screen.
const WELCOME = `# Welcome to showgraph's GraphQL IDE.
#
# Below: example operations. Press the run
# button (or Ctrl-Enter) and pick one; the
# answer shows on the right.
#
# Book icon (left): every type and field.
# Compass: build a query by ticking fields.
# Ctrl-Space completes names as you type.
#
# The graph view (/explore) draws what is
# around any entity, and the paths between
# two of them.
#
# Mutations (at the end) need a token:
# paste it after "Bearer " in the Headers
# pane below. Reads need none.
`;

const NO_INTROSPECTION = `#
# Introspection is off on this server
# (GRAPHQL_INTROSPECTION=false): no docs and
# no completion, but operations still run.
`;

/** The first tab a visitor sees: a short guide, then every example operation. */
export function welcomeTabQuery(examples: string, introspection: boolean): string {
  const guide = introspection ? WELCOME : WELCOME + NO_INTROSPECTION;
  return `${guide}\n${examples.trim()}\n`;
}
