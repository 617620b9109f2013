// Reading aids for the guided reading: inline glossary definitions and "Read aloud".
// Both work in the browser alone: no server round trip, and speech stays on the device.

// --- Glossary: a term is a <button class="gloss-term" aria-expanded aria-describedby=def>, followed by its
// definition <span class="gloss-def" id=def hidden>. The button shows and hides it; Escape hides it again.
function definitionOf(button: HTMLElement): HTMLElement | null {
  const id = button.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

function setOpen(button: HTMLElement, open: boolean) {
  const definition = definitionOf(button);
  if (!definition) return;
  button.setAttribute('aria-expanded', String(open));
  if (open) definition.removeAttribute('hidden');
  else definition.setAttribute('hidden', '');
}

if (!(window as any).__closereadGlossary) {
  (window as any).__closereadGlossary = true;
  // Capture phase: a term inside a highlight opens its definition, not the highlight's explanation.
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement | null)?.closest?.('.gloss-term') as HTMLElement | null;
    if (!button) return;
    event.stopPropagation();
    event.preventDefault();
    setOpen(button, button.getAttribute('aria-expanded') !== 'true');
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const button = (document.activeElement as HTMLElement | null)?.closest?.('.gloss-term') as HTMLElement | null;
    if (button && button.getAttribute('aria-expanded') === 'true') {
      setOpen(button, false);
      event.stopPropagation();
    }
  }, true);
}

// --- Read aloud: <cr-read-aloud target="css selector" label="Read aloud" stop-label="Stop reading">.
// Hidden until the browser offers at least one voice (voices load asynchronously in some browsers).
class ReadAloud extends HTMLElement {
  private button?: HTMLButtonElement;
  private speaking = false;
  private readonly onVoices = () => this.update();

  connectedCallback() {
    if (!this.button) {
      this.button = document.createElement('button');
      this.button.type = 'button';
      this.button.className = 'read-aloud-button';
      this.button.addEventListener('click', () => this.toggle());
      this.appendChild(this.button);
    }
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener('voiceschanged', this.onVoices);
    }
    this.update();
  }

  disconnectedCallback() {
    if ('speechSynthesis' in window) {
      window.speechSynthesis.removeEventListener('voiceschanged', this.onVoices);
      if (this.speaking) window.speechSynthesis.cancel();
    }
  }

  static get observedAttributes() {
    return ['label', 'stop-label'];
  }

  attributeChangedCallback() {
    this.update();
  }

  private voices(): SpeechSynthesisVoice[] {
    return 'speechSynthesis' in window ? window.speechSynthesis.getVoices() : [];
  }

  private update() {
    const available = this.voices().length > 0;
    this.toggleAttribute('data-available', available);
    this.hidden = !available;
    if (this.button) {
      this.button.textContent = this.speaking ? (this.getAttribute('stop-label') || 'Stop')
        : (this.getAttribute('label') || 'Read aloud');
      this.button.setAttribute('aria-pressed', String(this.speaking));
    }
  }

  private text(): string {
    const selector = this.getAttribute('target');
    const target = selector ? document.querySelector(selector) : null;
    if (!target) return '';
    const copy = target.cloneNode(true) as HTMLElement;
    // Definitions are read when opened, not in the middle of a sentence.
    copy.querySelectorAll('.gloss-def').forEach((d) => d.remove());
    return (copy.textContent || '').replace(/\s+/g, ' ').trim();
  }

  private toggle() {
    const synth = window.speechSynthesis;
    if (this.speaking) {
      synth.cancel();
      this.speaking = false;
      this.update();
      return;
    }
    const text = this.text();
    if (!text) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    const lang = this.getAttribute('lang') || document.documentElement.lang || 'en';
    utterance.lang = lang;
    const voice = this.voices().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => {
      this.speaking = false;
      this.update();
    };
    this.speaking = true;
    this.update();
    synth.speak(utterance);
  }
}

if (!customElements.get('cr-read-aloud')) {
  customElements.define('cr-read-aloud', ReadAloud);
}
