// <cm-countdown deadline="epoch ms" server-now="epoch ms" label="Time left"> — a quiz timer.
// The server owns the deadline; this element only displays it. The difference between the server's and the
// browser's clocks is measured once (server-now), so a wrong computer clock does not change the time shown.
// Screen readers hear the time left at 5 minutes and 1 minute (not every second). When the time is up the
// element fires "expired" once; the server submits the attempt even if the page is closed.
class CmCountdown extends HTMLElement {
  static get observedAttributes() {
    return ['deadline', 'server-now'];
  }

  connectedCallback() {
    if (!this._display) {
      this._display = document.createElement('span');
      this._display.className = 'cm-countdown__time';
      this._display.setAttribute('role', 'timer');
      this._live = document.createElement('span');
      this._live.className = 'sr-only';
      this._live.setAttribute('aria-live', 'assertive');
      this.append(this._display, this._live);
    }
    this._sync();
    this._timer = setInterval(() => this._tick(), 1000);
    this._tick();
  }

  disconnectedCallback() {
    clearInterval(this._timer);
  }

  attributeChangedCallback() {
    this._sync();
    if (this._display) {
      this._tick();
    }
  }

  _sync() {
    const serverNow = Number(this.getAttribute('server-now'));
    this._skew = serverNow ? serverNow - Date.now() : 0;
    this._deadline = Number(this.getAttribute('deadline'));
    this._fired = false;
    this._announced = new Set();
  }

  _tick() {
    const left = Math.max(0, this._deadline - (Date.now() + this._skew));
    const seconds = Math.ceil(left / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const pad = (n) => String(n).padStart(2, '0');
    this._display.textContent = (h > 0 ? h + ':' + pad(m) : pad(m)) + ':' + pad(s);
    this._display.setAttribute('aria-label', (this.getAttribute('label') || '') + ' ' + this._display.textContent);
    this.toggleAttribute('warning', seconds <= 300);
    this.toggleAttribute('critical', seconds <= 60);
    for (const mark of [300, 60]) {
      if (seconds <= mark && seconds > mark - 5 && !this._announced.has(mark)) {
        this._announced.add(mark);
        this._live.textContent = this.getAttribute(mark === 300 ? 'five-minutes' : 'one-minute') || '';
      }
    }
    if (seconds === 0 && !this._fired) {
      this._fired = true;
      this.dispatchEvent(new CustomEvent('expired'));
    }
  }
}

if (!customElements.get('cm-countdown')) {
  customElements.define('cm-countdown', CmCountdown);
}
