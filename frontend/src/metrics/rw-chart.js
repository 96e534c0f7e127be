// <rw-chart>: draws one Chart.js chart from a JSON config set by the server (property "config").
// Plain HTMLElement with a shadow root, so Vaadin never touches the canvas it owns.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class RwChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; width: 100%; height: var(--rw-chart-height, 18rem); }
        div { position: relative; width: 100%; height: 100%; }
      </style><div><canvas role="img"></canvas></div>`;
    this._canvas = root.querySelector('canvas');
    this._config = null;
    this._chart = null;
  }

  /** The Chart.js configuration; setting it redraws the chart. */
  set config(value) {
    this._config = value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  /** The live Chart.js instance (for tests and the browser console). */
  get chart() {
    return this._chart;
  }

  static get observedAttributes() {
    return ['label'];
  }

  attributeChangedCallback() {
    this._canvas.setAttribute('aria-label', this.getAttribute('label') || 'Chart');
  }

  connectedCallback() {
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    if (!this.isConnected || !this._config) {
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    // Follow the Lumo theme (light or dark) for text and grid lines.
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--lumo-secondary-text-color').trim();
    const grid = style.getPropertyValue('--lumo-contrast-10pct').trim();
    if (text) {
      Chart.defaults.color = text;
    }
    if (grid) {
      Chart.defaults.borderColor = grid;
    }
    const config = structuredClone(this._config);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    this._chart = new Chart(this._canvas, config);
  }
}

if (!customElements.get('rw-chart')) {
  customElements.define('rw-chart', RwChart);
}
