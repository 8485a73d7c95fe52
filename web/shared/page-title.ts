import { h } from "./dom.js";

/** The pages the service serves to browsers, as each page links to the others. */
const PAGES = [
  { href: "/graphql", text: "GraphQL IDE" },
  { href: "/explore", text: "Graph view" },
  { href: "/review", text: "Review a draft" },
];

/** A page's title ("showgraph graph view") with links to the other pages under it. */
export function pageTitle(what: string, here: string): HTMLHeadingElement {
  const links = PAGES.filter((page) => page.href !== here).flatMap((page, index) => [
    index === 0 ? "" : " · ",
    h("a", { href: page.href }, page.text),
  ]);
  return h("h1", {}, "showgraph ", h("span", {}, what), h("span", { class: "links" }, ...links));
}
