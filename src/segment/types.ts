import type { Section, Span } from '../record.ts';

export type BlockKind =
  | 'heading'     // a line that names what follows: "1. Overview", "(1) The Iraq issue", "Appendix"
  | 'paragraph'   // running text, possibly numbered: "(a) Prime Minister X stated that …"
  | 'item'        // a bulleted line: "• …"
  | 'note'        // a parenthesized aside line: "(Summary)", "(Signatories: …)", legends
  | 'bracket'     // a "[ … ]" summary line under a listed document
  | 'front';      // title, subtitle, dateline and notes before the body

export interface Block {
  index: number;
  kind: BlockKind;
  /** The numbering the block starts with ("1.", "(1)", "(a)", "(i)", "06"), or null. */
  number: string | null;
  /** The bullet the block starts with ("•", "◎", "●", "-"), or null. */
  bullet: string | null;
  /** Where the text after the number/bullet starts. */
  bodyStart: number;
  span: Span;
  text: string;
  /** Section the block belongs to (innermost), or null before the first one. */
  section: string | null;
}

export interface Sentence {
  span: Span;
  block: number;
}

/** A record section, with what segmentation knows besides. */
export interface SegmentedSection extends Section {
  /** True where the "section" is a numbered paragraph of running text rather than a heading line. */
  numberedParagraph: boolean;
  parent: string | null;
}

export interface Segmented {
  text: string;
  blocks: Block[];
  sections: SegmentedSection[];
  sentences: Sentence[];
}
