import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface Place {
  name: string;
  kind: "COUNTRY" | "REGION" | "CITY";
  countryCode: string;
}

export interface PlaceMention {
  place: Place;
  span: TextSpan;
}

const country = (name: string, countryCode: string): Place => ({ name, kind: "COUNTRY", countryCode });
const city = (name: string, countryCode: string): Place => ({ name, kind: "CITY", countryCode });
const region = (name: string, countryCode: string): Place => ({ name, kind: "REGION", countryCode });

const UNITED_STATES = country("United States", "US");
const UNITED_KINGDOM = country("United Kingdom", "GB");

/**
 * The places a TV article names most: production countries and filming cities. Each entry is
 * the spelling in the text and the place it means ("the US" is the United States).
 */
const GAZETTEER: Array<[string, Place]> = [
  ...[
    country("Israel", "IL"),
    country("France", "FR"),
    country("Germany", "DE"),
    country("Spain", "ES"),
    country("Italy", "IT"),
    country("Canada", "CA"),
    country("Mexico", "MX"),
    country("Brazil", "BR"),
    country("Argentina", "AR"),
    country("Colombia", "CO"),
    country("Japan", "JP"),
    country("South Korea", "KR"),
    country("China", "CN"),
    country("India", "IN"),
    country("Australia", "AU"),
    country("New Zealand", "NZ"),
    country("Ireland", "IE"),
    country("Denmark", "DK"),
    country("Sweden", "SE"),
    country("Norway", "NO"),
    country("Iceland", "IS"),
    country("Finland", "FI"),
    country("Poland", "PL"),
    country("Turkey", "TR"),
    country("Egypt", "EG"),
    country("Jordan", "JO"),
    country("Lebanon", "LB"),
    country("Morocco", "MA"),
    country("South Africa", "ZA"),
    country("Belgium", "BE"),
    country("Netherlands", "NL"),
    country("Hungary", "HU"),
    country("Czech Republic", "CZ"),
    UNITED_STATES,
    UNITED_KINGDOM,
    city("New York", "US"),
    city("Los Angeles", "US"),
    city("Atlanta", "US"),
    city("Chicago", "US"),
    city("Vancouver", "CA"),
    city("Toronto", "CA"),
    city("London", "GB"),
    city("Belfast", "GB"),
    city("Paris", "FR"),
    city("Berlin", "DE"),
    city("Madrid", "ES"),
    city("Rome", "IT"),
    city("Budapest", "HU"),
    city("Prague", "CZ"),
    city("Tel Aviv", "IL"),
    city("Jerusalem", "IL"),
    city("Haifa", "IL"),
    city("Tokyo", "JP"),
    city("Seoul", "KR"),
    city("Mumbai", "IN"),
    city("Sydney", "AU"),
    city("Seattle", "US"),
    city("Copenhagen", "DK"),
    city("Florence", "IT"),
    city("Osaka", "JP"),
    city("Manhattan", "US"),
    city("Dublin", "IE"),
    city("Glasgow", "GB"),
    city("Edinburgh", "GB"),
    city("Montreal", "CA"),
    city("Barcelona", "ES"),
    city("Seville", "ES"),
    city("Lisbon", "PT"),
    city("Reykjavik", "IS"),
    city("Stockholm", "SE"),
    city("Oslo", "NO"),
    city("Helsinki", "FI"),
    city("Vienna", "AT"),
    city("Munich", "DE"),
    city("Cologne", "DE"),
    city("Mexico City", "MX"),
    city("Buenos Aires", "AR"),
    city("Bogotá", "CO"),
    city("Cape Town", "ZA"),
    city("Auckland", "NZ"),
    city("Melbourne", "AU"),
    city("Cairo", "EG"),
    city("Amman", "JO"),
    city("Beirut", "LB"),
    city("Istanbul", "TR"),
    region("British Columbia", "CA"),
    region("Ontario", "CA"),
    region("Quebec", "CA"),
    region("California", "US"),
    region("Georgia", "US"),
    region("New Mexico", "US"),
    region("Andalusia", "ES"),
    region("Catalonia", "ES"),
    region("Bavaria", "DE"),
    region("Scotland", "GB"),
    region("Wales", "GB"),
    region("Northern Ireland", "GB"),
    region("England", "GB"),
    region("Greenland", "DK"),
    country("Portugal", "PT"),
    country("Austria", "AT"),
    country("Switzerland", "CH"),
    country("Greece", "GR"),
    country("Croatia", "HR"),
    country("Romania", "RO"),
    country("Thailand", "TH"),
    country("Panama", "PA"),
    country("Peru", "PE"),
    country("Chile", "CL"),
  ].map((place): [string, Place] => [place.name, place]),
  ["the US", UNITED_STATES],
  ["the U.S.", UNITED_STATES],
  ["the USA", UNITED_STATES],
  ["the UK", UNITED_KINGDOM],
  ["the U.K.", UNITED_KINGDOM],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(?:${GAZETTEER.map(([spelling]) => escape(spelling))
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\p{L}])`,
  "gu",
);

/** The place a name means, when it is one the list knows ("the US" is the United States). */
export function knownPlace(name: string): Place | undefined {
  return new Map(GAZETTEER).get(name);
}

/** Every mention of a known place, in text order (a place named twice is mentioned twice). */
export function findPlaces(text: string): PlaceMention[] {
  const bySpelling = new Map(GAZETTEER);
  return [...text.matchAll(PATTERN)].map((match) => ({
    place: bySpelling.get(match[0]) as Place,
    span: spanOf(text, match.index, match.index + match[0].length),
  }));
}
