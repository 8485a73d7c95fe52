/** The seed article's Hit & Run cast, in billing order: what several tests expect to see. */
export const HIT_AND_RUN_ACTORS = [
  "Lior Raz",
  "Lior Ashkenazi",
  "Sanaa Lathan",
  "Kaelen Ohm",
  "Moran Rosenblatt",
  "Gregg Henry",
  "Gal Toren",
];
