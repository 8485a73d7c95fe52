/** Colours for the node types of docs/model.md, from the Okabe-Ito palette and its neighbours. */
const TYPE_COLOURS: Record<string, string> = {
  Show: "#E69F00",
  Season: "#F0C419",
  Person: "#0072B2",
  Character: "#56B4E9",
  Network: "#009E73",
  Location: "#CC79A7",
  ProductionFactor: "#D55E00",
  NewsSource: "#7F3C8D",
  Article: "#8C6D31",
  Quote: "#8E8E8E",
  Claim: "#4D4D4D",
};

/** A fixed colour for known types; any other type gets a stable colour from its name. */
export function colourForType(typename: string): string {
  const known = TYPE_COLOURS[typename];
  if (known) {
    return known;
  }
  let hash = 0;
  for (const character of typename) {
    hash = (hash * 31 + character.charCodeAt(0)) % 360;
  }
  return `hsl(${hash}, 55%, 45%)`;
}
