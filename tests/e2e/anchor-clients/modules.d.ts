// The two Hypothesis anchoring libraries ship no types; these are the calls the tests make.
declare module 'dom-anchor-text-quote' {
  export function toRange(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): Range | null;
}
declare module 'dom-anchor-text-position' {
  export function toRange(root: Node, selector: { start: number; end: number }): Range | null;
}
