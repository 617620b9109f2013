/**
 * <cr-span-marker>: the text of some blocks of an article, in which the user marks phrases word by
 * word with a mouse, a finger or the keyboard alone (no dragging: WCAG 2.5.7). Read-only, it shows
 * marks, optionally with feedback classes. The Java side is org.closeread.base.ui.component.SpanMarker.
 *
 * Contract: `marks` and the `marks-changed` event's `detail.marks` hold {block, start, end}:
 * `block` is a block's `index`, [start, end) are character offsets into that block's text, from the
 * start of the first word to the end of the last. Marks stay inside one block and never overlap.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';

export interface Block {
  index: number;
  kind: string;
  text: string;
}

export interface Mark {
  block: number;
  start: number;
  end: number;
  /** Extra classes (space-separated), e.g. "hit", "miss" or "false" after an answer. */
  classes?: string;
}

/** One word, numbered across all blocks; `lead`/`trail` is the punctuation that sticks to it. */
interface Word {
  row: number;
  start: number;
  end: number;
  text: string;
  lead: string;
  trail: string;
}

/** A block and its words [first, end). */
interface Row {
  block: Block;
  first: number;
  end: number;
}

/** A mark and its words, first to last inclusive. */
interface Span {
  mark: Mark;
  first: number;
  last: number;
}

type Via = 'keyboard' | 'pointer';

/**
 * CloseRead's one word rule, the same expression as org.closeread.base.WordRule (Java): letters, digits and
 * combining marks, apostrophes inside a word. SpanMarkerBrowserTest compares the two on tricky texts.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu;

/** Each word's [start, end) UTF-16 offsets in the text, in order. */
export const wordOffsets = (text: string): number[][] =>
  [...text.matchAll(WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
const CLASS_NAME = /^[A-Za-z][\w-]*$/;
/** How screen readers hear the feedback classes; any other class only styles. */
const FEEDBACK = new Map([['hit', 'correct'], ['miss', 'missed'], ['false', 'not in the key']]);
const KINDS = new Map([
  ['HEADLINE', 'headline'],
  ['STANDFIRST', 'standfirst'],
  ['PARAGRAPH', 'paragraph'],
  ['CAPTION', 'caption'],
  ['CREDIT', 'credit'],
  ['FURNITURE', 'page item'],
]);

const kindName = (kind: string) => KINDS.get(kind) ?? 'passage';
const feedbackOf = (classes: string[]) => classes.map((c) => FEEDBACK.get(c)).filter(Boolean).join(', ');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const classesOf = (names: unknown) =>
  typeof names === 'string' ? names.split(/\s+/).filter((c) => CLASS_NAME.test(c)) : [];
const count = (n: number) => (n === 0 ? 'No marks' : n === 1 ? '1 mark' : `${n} marks`);

export class SpanMarker extends LitElement {
  /** The word rule, for checks against the server's (customElements.get('cr-span-marker').wordOffsets). */
  static wordOffsets = wordOffsets;

  static properties = {
    blocks: { attribute: false },
    shown: { attribute: false },
    marks: { attribute: false, noAccessor: true },
    label: { type: String },
    readonly: { type: Boolean, reflect: true },
    _requested: { state: true },
    _spans: { state: true },
    _focus: { state: true },
    _anchor: { state: true },
    _reach: { state: true },
    _armed: { state: true },
    _status: { state: true },
    _selected: { state: true },
  };

  declare blocks: Block[];
  /** Passages shown under the text apart from the marks (e.g. existing annotations), with their classes. */
  declare shown: Mark[];
  declare label: string;
  declare readonly: boolean;
  /** Marks as last given (from outside or by the user), aligned again whenever blocks change. */
  private declare _requested: Mark[];
  private declare _spans: Span[];
  /** The word that holds the roving tab stop. */
  private declare _focus: number;
  /** An unfinished mark runs from the word `_anchor` to the word `_reach`; -1 when there is none. */
  private declare _anchor: number;
  private declare _reach: number;
  /** A mark clicked once, so that a second click removes it. */
  private declare _armed: Mark | null;
  private declare _status: string;
  /** Words selected natively (a touch selection), offered to become a mark: [first, last]; null: none. */
  private declare _selected: [number, number] | null;
  /** A mouse drag under way: the word it started on; `dragged` once it has reached another word. */
  private drag: { from: number; dragged: boolean } | null = null;
  private swallowClick = false;
  private readonly onSelectionChange = () => this.selectionToOffer();

  private words: Word[] = [];
  private rows: Row[] = [];
  private rowOf = new Map<number, Row>();
  private markOf = new Int32Array(0);
  /** The classes of the shown passages over each word. */
  private shownOf: string[][] = [];

  constructor() {
    super();
    this.blocks = [];
    this.shown = [];
    this.label = 'Text to mark';
    this.readonly = false;
    this._requested = [];
    this._spans = [];
    this._focus = 0;
    this._anchor = -1;
    this._reach = -1;
    this._armed = null;
    this._status = '';
    this._selected = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  override disconnectedCallback() {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    super.disconnectedCallback();
  }

  get marks(): Mark[] {
    return this._spans.map((s) => ({ ...s.mark }));
  }

  set marks(marks: Mark[]) {
    this._requested = Array.isArray(marks) ? marks : [];
  }

  override focus(options?: FocusOptions) {
    this.wordElement(this._focus)?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('blocks')) {
      this.layOut();
    }
    if (changed.has('blocks') || changed.has('_requested')) {
      this.setSpans(this.spansOf(this._requested));
    }
    if (changed.has('blocks') || changed.has('shown')) {
      this.shownOf = this.words.map(() => []);
      for (const s of this.spansOf(Array.isArray(this.shown) ? this.shown : [])) {
        for (let n = s.first; n <= s.last; n++) this.shownOf[n].push(...classesOf(s.mark.classes), 'shown');
      }
    }
  }

  // ---------- words and marks ----------

  private layOut() {
    this.words = [];
    this.rows = [];
    this.rowOf.clear();
    for (const block of Array.isArray(this.blocks) ? this.blocks : []) {
      const row: Row = { block, first: this.words.length, end: this.words.length };
      let previous: Word | null = null;
      let pos = 0;
      for (const match of block.text.matchAll(WORD)) {
        const start = match.index ?? 0;
        const gap = block.text.slice(pos, start);
        const trail = previous ? /^\S*/.exec(gap)![0] : '';
        if (previous) previous.trail = trail;
        const word: Word = { row: this.rows.length, start, end: start + match[0].length, text: match[0], trail: '',
          lead: /\S*$/.exec(gap.slice(trail.length))![0] };
        this.words.push(word);
        previous = word;
        pos = word.end;
      }
      if (previous) previous.trail = /^\S*/.exec(block.text.slice(pos))![0];
      row.end = this.words.length;
      this.rows.push(row);
      this.rowOf.set(block.index, row);
    }
    this._focus = Math.min(this._focus, Math.max(0, this.words.length - 1));
    this._anchor = this._reach = -1;
    this._armed = null;
  }

  /** Keeps the marks that fall inside a block and touch a word, snapped to whole words. */
  private spansOf(marks: Mark[]): Span[] {
    const spans: Span[] = [];
    for (const mark of marks) {
      const row = mark ? this.rowOf.get(mark.block) : undefined;
      const { start, end } = mark ?? {};
      if (!row || !Number.isInteger(start) || !Number.isInteger(end)) continue;
      if (start < 0 || start >= end || end > row.block.text.length) continue;
      let first = -1;
      let last = -1;
      for (let n = row.first; n < row.end; n++) {
        if (this.words[n].end > start && this.words[n].start < end) {
          if (first < 0) first = n;
          last = n;
        }
      }
      if (first >= 0) spans.push(this.span(first, last, mark.classes));
    }
    return spans;
  }

  private span(first: number, last: number, classes?: string): Span {
    const row = this.rows[this.words[first].row];
    const mark: Mark = { block: row.block.index, start: this.words[first].start, end: this.words[last].end };
    const names = classesOf(classes);
    if (names.length > 0) mark.classes = names.join(' ');
    return { mark, first, last };
  }

  /** Sorts the spans, merges those that overlap and indexes which word belongs to which. */
  private setSpans(spans: Span[]) {
    const merged: Span[] = [];
    for (const s of [...spans].sort((a, b) => a.first - b.first || a.last - b.last)) {
      const previous = merged[merged.length - 1];
      if (previous && s.first <= previous.last) {
        const last = Math.max(previous.last, s.last);
        merged[merged.length - 1] = this.span(previous.first, last, previous.mark.classes);
      } else {
        merged.push(s);
      }
    }
    this.markOf = new Int32Array(this.words.length).fill(-1);
    merged.forEach((s, i) => this.markOf.fill(i, s.first, s.last + 1));
    this._spans = merged;
  }

  // ---------- what the user does ----------

  private start(n: number, via: Via) {
    this._armed = null;
    this._anchor = this._reach = n;
    const hint = via === 'keyboard'
      ? 'Move with arrow keys, press Enter to finish.'
      : 'Click the last word of the phrase to finish.';
    this.announce(`Marking started at ‘${this.words[n].text}’. ${hint}`);
  }

  private finish(n: number) {
    const first = Math.min(this._anchor, n);
    const last = Math.max(this._anchor, n);
    this._anchor = this._reach = -1;
    this.commit([...this._spans, this.span(first, last)]);
    const made = this._spans[this.markOf[first]];
    this.announce(`Marked: ‘${this.phrase(made.mark)}’. ${count(this._spans.length)}.`);
  }

  private cancel() {
    this._anchor = this._reach = -1;
    this.announce(`Marking cancelled. ${count(this._spans.length)}.`);
  }

  private unmark(n: number) {
    const i = this.markOf[n];
    if (i < 0) {
      this.announce(`‘${this.words[n].text}’ is not marked.`);
      return;
    }
    const removed = this._spans[i].mark;
    this._armed = null;
    this.commit(this._spans.filter((_, j) => j !== i));
    this.announce(`Mark removed: ‘${this.phrase(removed)}’. ${count(this._spans.length)}.`);
  }

  private arm(n: number) {
    const mark = this._spans[this.markOf[n]].mark;
    this._armed = mark;
    this.announce(`‘${this.phrase(mark)}’ is marked. Click it again to remove the mark.`);
  }

  private commit(spans: Span[]) {
    this.setSpans(spans);
    this._requested = this.marks;
    const marks = this._spans.map(({ mark: { block, start, end } }) => ({ block, start, end }));
    this.dispatchEvent(new CustomEvent('marks-changed', { bubbles: true, composed: true, detail: { marks } }));
  }

  /** Moves the focus; an unfinished mark follows it but stops at the end of its block. */
  private moveFocus(from: number, to: number) {
    if (to === from || to < 0 || to >= this.words.length) return;
    if (this._anchor >= 0) {
      const row = this.rows[this.words[this._anchor].row];
      if (to < row.first || to >= row.end) {
        const kind = kindName(row.block.kind);
        this.announce(`A mark stays within one ${kind}. Press Enter to finish it at ‘${this.words[from].text}’.`);
        return;
      }
      this._reach = to;
      const [first, last] = [Math.min(this._anchor, to), Math.max(this._anchor, to)];
      this.announce(`Marking ‘${this.phrase(this.span(first, last).mark)}’. Enter finishes, Escape cancels.`);
    }
    this.focusWord(to);
  }

  private focusWord(n: number) {
    this._focus = n;
    this.wordElement(n)?.focus();
  }

  /** The word nearest horizontally on the next (dir 1) or previous (dir -1) line, within [lo, hi]. */
  private lineNeighbour(n: number, dir: 1 | -1, lo: number, hi: number): number {
    const here = this.wordElement(n)?.getBoundingClientRect();
    if (!here) return n;
    const x = (here.left + here.right) / 2;
    let lineTop: number | null = null;
    let best = n;
    let bestDistance = Infinity;
    for (let m = n + dir; m >= lo && m <= hi; m += dir) {
      const r = this.wordElement(m)!.getBoundingClientRect();
      if (lineTop === null) {
        if (dir > 0 ? r.top < here.bottom - 1 : r.bottom > here.top + 1) continue;
        lineTop = r.top;
      } else if (Math.abs(r.top - lineTop) > r.height / 2) {
        break;
      }
      const distance = Math.abs((r.left + r.right) / 2 - x);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m;
      }
    }
    return best;
  }

  private onKeyDown(e: KeyboardEvent) {
    if (this.readonly || e.altKey || e.metaKey || this.words.length === 0) return;
    const n = this.wordAt(e.target) ?? this._focus;
    const row = this.rows[this.words[n].row];
    const marking = this._anchor >= 0;
    const [lo, hi] = marking ? [row.first, row.end - 1] : [0, this.words.length - 1];
    switch (e.key) {
      case 'ArrowRight': this.moveFocus(n, n + 1); break;
      case 'ArrowLeft': this.moveFocus(n, n - 1); break;
      case 'ArrowDown': this.moveFocus(n, this.lineNeighbour(n, 1, lo, hi)); break;
      case 'ArrowUp': this.moveFocus(n, this.lineNeighbour(n, -1, lo, hi)); break;
      case 'Home': this.moveFocus(n, e.ctrlKey ? lo : row.first); break;
      case 'End': this.moveFocus(n, e.ctrlKey ? hi : row.end - 1); break;
      case 'Enter':
      case ' ':
        if (e.repeat) break;
        if (marking) this.finish(n);
        else this.start(n, 'keyboard');
        break;
      case 'Escape':
        if (marking) this.cancel();
        else if (this._selected) this.dropSelection();
        else if (this._armed) this.disarm();
        else return; // let a dialog around us close
        break;
      case 'Delete':
      case 'Backspace':
        if (!marking) this.unmark(n);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private disarm() {
    this._armed = null;
    this.announce(count(this._spans.length) + '.');
  }

  private onClick(e: MouseEvent) {
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    const n = this.readonly ? null : this.wordAt(e.target);
    if (n === null) return;
    const sameRow = this._anchor >= 0 && this.words[this._anchor].row === this.words[n].row;
    const i = this.markOf[n];
    if (sameRow) this.finish(n);
    else if (this._anchor < 0 && i >= 0 && this.isArmed(this._spans[i])) this.unmark(n);
    else if (this._anchor < 0 && i >= 0) this.arm(n);
    else this.start(n, 'pointer');
    this.focusWord(n);
  }

  /** With a mouse, an unfinished mark follows the pointer so the user sees what a click will mark. */
  private onPointerOver(e: PointerEvent) {
    const n = e.pointerType === 'mouse' && this._anchor >= 0 ? this.wordAt(e.target) : null;
    if (n !== null && this.words[n].row === this.words[this._anchor].row) this._reach = n;
  }

  /** A mouse drag across words marks them, snapped to whole words and kept within the block it started in. */
  private onPointerDown(e: PointerEvent) {
    const n = this.readonly || e.pointerType !== 'mouse' || e.button !== 0 ? null : this.wordAt(e.target);
    this.drag = n === null ? null : { from: n, dragged: false };
    this.swallowClick = false;
    if (this.drag) window.addEventListener('pointerup', () => this.endDrag(), { once: true });
  }

  private onPointerMove(e: PointerEvent) {
    const drag = this.drag;
    const n = drag && (e.buttons & 1) ? this.wordAt(e.target) : null;
    if (!drag || n === null || (n === drag.from && !drag.dragged)) return;
    const row = this.rows[this.words[drag.from].row];
    const to = Math.max(row.first, Math.min(row.end - 1, n));
    if (!drag.dragged) {
      drag.dragged = true;
      this._armed = null;
      this._selected = null;
      this._anchor = drag.from;
    }
    this._reach = to;
  }

  private endDrag() {
    const drag = this.drag;
    this.drag = null;
    if (!drag?.dragged || this._anchor < 0) return;
    const to = this._reach;
    this.finish(to);
    this.focusWord(to);
    // The click that ends the drag is not a click on a word.
    this.swallowClick = true;
  }

  /** A native selection of words (long press and handles on a touch screen) is offered as a mark. */
  private selectionToOffer() {
    if (this.readonly || this.words.length === 0) return;
    const range = this.selectedRange();
    if (!range || range.collapsed) return;
    let first = -1;
    let last = -1;
    for (let n = 0; n < this.words.length; n++) {
      const text = [...(this.wordElement(n)?.childNodes ?? [])].find((c) => c.nodeType === Node.TEXT_NODE) as Text | undefined;
      if (!text || !range.intersectsNode(text)) continue;
      if (range.startContainer === text && range.startOffset >= text.length) continue;
      if (range.endContainer === text && range.endOffset === 0) continue;
      if (first < 0) first = n;
      else if (this.words[n].row !== this.words[first].row) break;
      last = n;
    }
    if (first < 0) return;
    this._selected = [first, last];
    this.announce(`Selected: ‘${this.phrase(this.span(first, last).mark)}’. Choose “Mark the selection” to mark it.`);
  }

  private selectedRange(): Range | null {
    const root = this.renderRoot as ShadowRoot;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const composed = (selection as Selection & { getComposedRanges?: (o: unknown) => StaticRange[] }).getComposedRanges;
    let found: AbstractRange | null = null;
    if (composed) {
      found = composed.call(selection, { shadowRoots: [root] })[0] ?? null;
    } else {
      const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
      found = own && own.rangeCount > 0 ? own.getRangeAt(0) : null;
    }
    if (!found || !root.contains(found.startContainer) || !root.contains(found.endContainer)) return null;
    const range = document.createRange();
    range.setStart(found.startContainer, found.startOffset);
    range.setEnd(found.endContainer, found.endOffset);
    return range;
  }

  private markSelection() {
    const selected = this._selected;
    this._selected = null;
    document.getSelection()?.removeAllRanges();
    if (!selected) return;
    this._anchor = selected[0];
    this.finish(selected[1]);
    this.focusWord(selected[1]);
  }

  private dropSelection() {
    this._selected = null;
    document.getSelection()?.removeAllRanges();
    this.announce(`${count(this._spans.length)}.`);
  }

  private onFocusIn(e: FocusEvent) {
    const n = this.wordAt(e.target);
    if (n !== null) this._focus = n;
  }

  private wordAt(target: EventTarget | null): number | null {
    const element = target instanceof Element ? target.closest<HTMLElement>('[data-w]') : null;
    return element ? Number(element.dataset.w) : null;
  }

  private wordElement(n: number): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#w${n}`) ?? null;
  }

  private isArmed(s: Span) {
    return this._armed !== null && this._armed.block === s.mark.block && this._armed.start === s.mark.start;
  }

  private announce(message: string) {
    // The same words twice would not be read again: make them differ.
    this._status = message === this._status ? `${message}\u00a0` : message;
  }

  /** The marked words as a screen reader should hear them; long phrases shortened in the middle. */
  private phrase(mark: Mark): string {
    const text = this.rowOf.get(mark.block)!.block.text.slice(mark.start, mark.end).replace(/\s+/g, ' ');
    const words = text.split(' ');
    return words.length > 12 ? `${words.slice(0, 5).join(' ')} … ${words.slice(-5).join(' ')}` : text;
  }

  // ---------- rendering ----------

  protected override render() {
    if (this.readonly) {
      return html`<div class="text" role="group" aria-label=${this.label}>
        ${this.rows.map((row) => this.renderShownBlock(row))}
      </div>`;
    }
    return html`
      <p id="instructions" class="instructions">
        Drag across a phrase, or click its first and then its last word, to mark it; click a mark twice to
        remove it. On a touch screen, tap the first and last word, or select the words and choose “Mark the
        selection”. Keyboard: arrow keys move, Enter starts and finishes a mark, Escape cancels, Delete removes a mark.
      </p>
      <div class="text" role="listbox" aria-multiselectable="true" aria-label=${this.label}
        aria-describedby="instructions" @keydown=${this.onKeyDown} @click=${this.onClick}
        @pointerover=${this.onPointerOver} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
        @focusin=${this.onFocusIn}>
        ${this.rows.map((row) => this.renderMarkableBlock(row))}
      </div>
      ${this._selected ? html`<p class="offer">
        <button type="button" class="mark-selection" @click=${this.markSelection}>Mark the selection</button>
        <button type="button" class="drop-selection" @click=${this.dropSelection}>Cancel</button></p>` : nothing}
      <p class="status ${this._status ? 'has-text' : ''}" role="status" aria-live="polite">${this._status}</p>`;
  }

  private renderMarkableBlock(row: Row) {
    const text = row.block.text;
    const parts: unknown[] = [];
    let pos = 0;
    for (let n = row.first; n < row.end; n++) {
      parts.push(this.renderGap(text.slice(pos, this.words[n].start), n > row.first ? n - 1 : -1, n));
      parts.push(this.renderWord(n));
      pos = this.words[n].end;
    }
    parts.push(this.renderGap(text.slice(pos), row.end > row.first ? row.end - 1 : -1, -1));
    return html`<div role="group" class="block kind-${this.kindClass(row)}"
      aria-label=${capitalised(kindName(row.block.kind))}>${parts}</div>`;
  }

  private renderWord(n: number) {
    const w = this.words[n];
    const s = this.markOf[n] >= 0 ? this._spans[this.markOf[n]] : null;
    const pending = this.inPending(n) || this.inSelected(n);
    const extra = classesOf(s?.mark.classes);
    const under = this.shownOf[n] ?? [];
    const classes = ['w', ...under,
      s ? 'is-marked' : '', s?.first === n ? 'mark-start' : '', s?.last === n ? 'mark-end' : '',
      s && this.isArmed(s) ? 'is-armed' : '', pending ? 'is-pending' : '', ...extra].filter(Boolean);
    const parts = ['word', s ? 'mark' : '', pending ? 'pending' : '', ...extra].filter(Boolean);
    const name = w.lead || w.trail ? `${w.lead}${w.text}${w.trail}` : null;
    const feedback = [feedbackOf(extra), under.length > 0 ? 'annotated' : ''].filter(Boolean).join(', ');
    return html`<span id="w${n}" data-w=${n} class=${classes.join(' ')} part=${parts.join(' ')} role="option"
      tabindex=${n === this._focus ? '0' : '-1'} aria-selected=${s || pending ? 'true' : nothing}
      aria-label=${name ?? nothing} aria-description=${feedback || nothing}>${w.text}</span>`;
  }

  /** Text between word `before` and word `after` (-1: block edge); its edges stick to the words. */
  private renderGap(text: string, before: number, after: number) {
    if (!text) return nothing;
    const trail = before >= 0 ? this.words[before].trail : '';
    const lead = after >= 0 ? this.words[after].lead : '';
    const middle = text.slice(trail.length, text.length - lead.length);
    const s = before >= 0 && this.markOf[before] >= 0 && this.markOf[before] === this.markOf[after]
      ? this._spans[this.markOf[before]] : null;
    const pending = before >= 0 && after >= 0 && this.inPending(before) && this.inPending(after);
    const classes = ['gap', s ? 'is-marked' : '', s && this.isArmed(s) ? 'is-armed' : '',
      pending ? 'is-pending' : '', ...classesOf(s?.mark.classes)].filter(Boolean).join(' ');
    return html`${trail ? html`<span class=${classes} data-w=${before} aria-hidden="true">${trail}</span>` : nothing
      }${middle ? html`<span class=${classes}>${middle}</span>` : nothing
      }${lead ? html`<span class=${classes} data-w=${after} aria-hidden="true">${lead}</span>` : nothing}`;
  }

  private renderShownBlock(row: Row) {
    const text = row.block.text;
    const parts: unknown[] = [];
    let pos = 0;
    for (const { mark } of this._spans.filter((s) => s.mark.block === row.block.index)) {
      const extra = classesOf(mark.classes);
      const feedback = feedbackOf(extra);
      parts.push(text.slice(pos, mark.start));
      parts.push(html`<mark class="mark ${extra.join(' ')}" part="mark ${extra.join(' ')}">${
        text.slice(mark.start, mark.end)}${feedback ? html`<span class="sr-only"> (${feedback})</span>` : nothing}</mark>`);
      pos = mark.end;
    }
    parts.push(text.slice(pos));
    return html`<p class="block kind-${this.kindClass(row)}">${parts}</p>`;
  }

  private inSelected(n: number) {
    return this._selected !== null && n >= this._selected[0] && n <= this._selected[1];
  }

  private inPending(n: number) {
    return this._anchor >= 0 && n >= Math.min(this._anchor, this._reach) && n <= Math.max(this._anchor, this._reach);
  }

  private kindClass(row: Row) {
    return String(row.block.kind).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }

  static styles = css`
    :host {
      display: block;
      color: var(--cr-ink, #1d232b);
      font-family: var(--cr-serif, Georgia, 'Times New Roman', serif);
    }
    :host([hidden]) { display: none; }
    .instructions, .status {
      font-family: var(--lumo-font-family, system-ui, sans-serif);
      font-size: 0.92rem;
      line-height: 1.45;
      color: var(--cr-muted, #4f5b67);
      max-width: 40rem;
    }
    .instructions { margin: 0 0 0.75rem; }
    .status { position: sticky; bottom: 0; margin: 0; background: var(--cr-paper, #fffdf9); }
    .status.has-text { padding: 0.45rem 0; border-top: 1px solid var(--cr-rule, #d9d4ca); color: var(--cr-ink, #1d232b); }
    .text { font-size: 1.15rem; line-height: 1.9; max-width: 40rem; }
    [role='listbox'] { -webkit-user-select: none; user-select: none; }
    .block { margin: 0 0 1.05em; }
    .kind-headline { font-size: 1.6em; line-height: 1.35; font-weight: 700; }
    .kind-standfirst { padding-left: 0.9em; border-left: 3px solid var(--cr-rule, #d9d4ca); }
    .kind-caption, .kind-credit, .kind-furniture {
      font-family: var(--lumo-font-family, system-ui, sans-serif);
      font-size: 0.9rem;
      color: var(--cr-muted, #4f5b67);
    }
    .w { cursor: pointer; border-radius: 2px; touch-action: manipulation; }
    /* Hover only where there is a real hover: on a touch screen it would stick to the last word tapped. */
    @media (hover: hover) {
      .w:hover { background: var(--cr-mark-hover, #efeadf); }
    }
    @media (pointer: coarse) {
      [role='listbox'] { -webkit-user-select: text; user-select: text; }
    }
    .offer { position: sticky; bottom: 2.5rem; display: flex; gap: 0.5rem; margin: 0.5rem 0; }
    .offer button {
      min-height: 44px; padding: 0 1rem; border-radius: 6px; font: 600 0.95rem var(--lumo-font-family, system-ui, sans-serif);
      border: 1px solid var(--cr-rule, #d9d4ca); background: #fff; color: var(--cr-ink, #1d232b); cursor: pointer;
    }
    .offer .mark-selection { background: var(--cr-focus, #1a56db); border-color: var(--cr-focus, #1a56db); color: #fff; }

    /* A mark: colour and a solid underline; unfinished: a paler colour and a dashed underline. */
    .is-marked, .mark {
      background: var(--cr-mark, #ffe58a);
      color: inherit;
      text-decoration: underline solid var(--cr-mark-line, #7a5a00) 2px;
      text-underline-offset: 0.22em;
      text-decoration-skip-ink: none;
    }
    .is-pending {
      background: var(--cr-mark-pending, #fff3c4);
      text-decoration: underline dashed var(--cr-mark-line, #7a5a00) 2px;
      text-underline-offset: 0.22em;
      text-decoration-skip-ink: none;
    }
    /* Shown passages (existing annotations): an underline in the lens's colour, under any mark. */
    .shown { box-shadow: inset 0 -3px 0 var(--cr-shown-line, #6b7280); }
    .shown.lens-anatomy { box-shadow: inset 0 -3px 0 var(--cr-anatomy-line, #3f5670); }
    .shown.lens-quote { box-shadow: inset 0 -3px 0 var(--cr-quote-line, #8a6500); }
    .shown.lens-source { box-shadow: inset 0 -3px 0 var(--cr-source-line, #1d4ed8); }
    .shown.lens-framing { box-shadow: inset 0 -3px 0 var(--cr-framing-line, #b0124f); }
    .shown.lens-missing { box-shadow: inset 0 -3px 0 var(--cr-missing-line, #15703a); }
    .is-armed { outline: 2px dashed var(--cr-framing-line, #b0124f); outline-offset: 1px; }
    .w:focus { outline: none; }
    .w:focus-visible {
      outline: 3px solid var(--cr-focus, #1a56db);
      outline-offset: 2px;
      position: relative;
      z-index: 1;
    }

    /* Feedback: each class has its own colour, underline style and sign. */
    .hit { background: var(--cr-missing, #dcf5e3); text-decoration: underline solid var(--cr-missing-line, #15703a) 2px; }
    .false { background: var(--cr-framing, #fde0e6); text-decoration: underline wavy var(--cr-framing-line, #b0124f) 1.5px; }
    .miss { background: transparent; text-decoration: underline dashed var(--cr-source-line, #1d4ed8) 2px;
      outline: 1px dashed var(--cr-source-line, #1d4ed8); outline-offset: 1px; }
    .hit, .false, .miss { text-underline-offset: 0.22em; text-decoration-skip-ink: none; }
    .mark.hit::after, .mark-end.hit::after { content: ' ✓' / ''; color: var(--cr-missing-line, #15703a); }
    .mark.false::after, .mark-end.false::after { content: ' ✗' / ''; color: var(--cr-framing-line, #b0124f); }
    .mark.miss::after, .mark-end.miss::after { content: ' ○' / ''; color: var(--cr-source-line, #1d4ed8); }

    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      .is-marked, .is-pending, .mark, .hit, .false, .miss { text-decoration-color: Highlight; }
      .w:focus-visible { outline-color: Highlight; }
    }
  `;
}

if (!customElements.get('cr-span-marker')) {
  customElements.define('cr-span-marker', SpanMarker);
}

declare global {
  interface HTMLElementTagNameMap {
    'cr-span-marker': SpanMarker;
  }
}
