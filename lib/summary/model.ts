/** A renderer-neutral summary: what is said, not how it looks. */
export interface SummaryItem {
  label: string;
  /** The captured words; may span lines. Empty when the label says it all. */
  text: string;
  children: SummaryItem[];
}

export interface SummarySection {
  stepId: string;
  title: string;
  items: SummaryItem[];
}

export interface SummaryMeta {
  label: string;
  value: string;
  /** Set only for http(s) links, which renderers may turn into anchors. */
  href?: string;
}

export interface Summary {
  title: string;
  meta: SummaryMeta[];
  sections: SummarySection[];
}

export function item(label: string, text = '', children: SummaryItem[] = []): SummaryItem {
  return { label, text, children };
}
