// <rw-scatter>: the catalog map. Chart.js draws ~19k points on one canvas; chartjs-plugin-zoom (with
// hammerjs) gives wheel/pinch zoom and drag pan. The server sends one compact JSON payload
// (flat coordinate array, parallel id/cluster/title arrays) through setData(json).
import { Chart, ScatterController, PointElement, LinearScale, Tooltip } from 'chart.js';
import zoomPlugin from 'chartjs-plugin-zoom';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip, zoomPlugin);

const PICK_COLOR = '#e5484d';
const RECOMMENDED_COLOR = '#f5a524';

function clusterColor(cluster, alpha) {
  if (cluster < 0) {
    return `hsla(0, 0%, 55%, ${alpha})`;
  }
  // Golden-angle hues keep neighbouring cluster ids apart on the colour wheel.
  return `hsla(${Math.round((cluster * 137.508) % 360)}, 65%, 50%, ${alpha})`;
}

function cssVar(element, name, fallback) {
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * Draws each cluster's label at its centre, over the points, with a halo so it reads on any colour. Larger
 * clusters first; a label that would overlap one already drawn waits until zooming in gives it room (on a phone
 * most labels would otherwise print over each other).
 */
const clusterLabels = {
  id: 'rwClusterLabels',
  afterDatasetsDraw(chart, args, options) {
    const labels = options.labels || [];
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.font = `600 ${options.fontSize || 12}px ${options.fontFamily || 'sans-serif'}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = options.halo;
    ctx.fillStyle = options.color;
    const height = (options.fontSize || 12) * 1.3;
    const placed = [];
    for (const label of [...labels].sort((a, b) => (b.size || 0) - (a.size || 0))) {
      const x = scales.x.getPixelForValue(label.x);
      const y = scales.y.getPixelForValue(label.y);
      if (x < chartArea.left || x > chartArea.right || y < chartArea.top || y > chartArea.bottom) {
        continue;
      }
      const half = ctx.measureText(label.text).width / 2 + 2;
      const box = { left: x - half, right: x + half, top: y - height / 2, bottom: y + height / 2 };
      if (placed.some(p => box.left < p.right && p.left < box.right && box.top < p.bottom && p.top < box.bottom)) {
        continue;
      }
      placed.push(box);
      ctx.strokeText(label.text, x, y);
      ctx.fillText(label.text, x, y);
    }
    chart.canvas.getRootNode().host.setAttribute('data-labels-drawn', String(placed.length));
    ctx.restore();
  }
};

/** Tells tests and screenshots that the points are on the canvas: data-drawn-points = points drawn. */
const drawnCounter = {
  id: 'rwDrawnCounter',
  afterDraw(chart) {
    let drawn = 0;
    chart.data.datasets.forEach((dataset, i) => {
      if (chart.isDatasetVisible(i)) {
        drawn += chart.getDatasetMeta(i).data.length;
      }
    });
    chart.canvas.getRootNode().host.setAttribute('data-drawn-points', String(drawn));
  }
};

class RwScatter extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; }
        .frame { position: absolute; inset: 0; }
        canvas { touch-action: none; }
      </style><div class="frame"><canvas role="img"></canvas></div>`;
    this._canvas = root.querySelector('canvas');
    this._data = null;
    this._chart = null;
  }

  connectedCallback() {
    this._themeObserver = new MutationObserver(() => this._applyTheme());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    if (this._data && !this._chart) {
      this._draw();
    }
  }

  disconnectedCallback() {
    this._themeObserver?.disconnect();
    this._chart?.destroy();
    this._chart = null;
  }

  /** The whole map at once, as JSON text (one string parses faster than a deep object graph). */
  setData(json) {
    this._data = JSON.parse(json);
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || 'Map of the catalog');
    if (this.isConnected) {
      this._draw();
    }
  }

  /** New picks and recommendations: only the highlight datasets change, the zoom stays. */
  setHighlights(json) {
    const highlights = JSON.parse(json);
    this._data.picks = highlights.picks;
    this._data.recommended = highlights.recommended;
    if (this._chart) {
      this._chart.data.datasets = this._datasets();
      this._chart.update('none');
    }
  }

  resetZoom() {
    this._chart?.resetZoom();
  }

  _datasets() {
    const d = this._data;
    const byCluster = new Map();
    const picks = new Set(d.picks);
    const recommended = new Set(d.recommended);
    const pickPoints = [];
    const recommendedPoints = [];
    for (let i = 0; i < d.ids.length; i++) {
      const point = { x: d.xy[2 * i], y: d.xy[2 * i + 1], i };
      if (picks.has(d.ids[i])) {
        pickPoints.push(point);
      } else if (recommended.has(d.ids[i])) {
        recommendedPoints.push(point);
      } else {
        const c = d.cluster[i];
        if (!byCluster.has(c)) {
          byCluster.set(c, []);
        }
        byCluster.get(c).push(point);
      }
    }
    const datasets = [...byCluster.entries()].sort((a, b) => a[0] - b[0]).map(([cluster, points]) => ({
      label: `cluster ${cluster}`,
      data: points,
      backgroundColor: clusterColor(cluster, 0.55),
      pointRadius: 1.6,
      pointHoverRadius: 4,
      borderWidth: 0,
      order: 2
    }));
    datasets.push({ label: 'recommended', data: recommendedPoints, backgroundColor: RECOMMENDED_COLOR,
      borderColor: '#000', borderWidth: 1, pointRadius: 5, pointHoverRadius: 7, pointStyle: 'rectRot', order: 1 });
    datasets.push({ label: 'your picks', data: pickPoints, backgroundColor: PICK_COLOR,
      borderColor: '#fff', borderWidth: 1.5, pointRadius: 6, pointHoverRadius: 8, pointStyle: 'star', order: 0 });
    return datasets;
  }

  _themeColors() {
    return {
      text: cssVar(this, '--lumo-body-text-color', '#1a1a1a'),
      halo: cssVar(this, '--lumo-base-color', '#fff'),
      grid: cssVar(this, '--lumo-contrast-10pct', 'rgba(0,0,0,0.1)'),
      secondary: cssVar(this, '--lumo-secondary-text-color', '#666'),
      font: cssVar(this, '--lumo-font-family', 'sans-serif')
    };
  }

  _draw() {
    this._chart?.destroy();
    const d = this._data;
    const colors = this._themeColors();
    const compact = this.clientWidth < 500;
    this._chart = new Chart(this._canvas, {
      type: 'scatter',
      data: { datasets: this._datasets() },
      options: {
        animation: false,
        parsing: false,
        responsive: true,
        maintainAspectRatio: false,
        events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: { type: 'linear', grid: { color: colors.grid }, ticks: { display: false }, border: { display: false } },
          y: { type: 'linear', grid: { color: colors.grid }, ticks: { display: false }, border: { display: false } }
        },
        onClick: (event, elements) => {
          if (elements.length === 0) {
            return;
          }
          const raw = this._chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
          this.dispatchEvent(new CustomEvent('point-click', { detail: { movieId: d.ids[raw.i] } }));
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            displayColors: false,
            callbacks: {
              title: () => '',
              label: (item) => d.titles[item.raw.i]
            }
          },
          zoom: {
            zoom: { wheel: { enabled: true }, pinch: { enabled: true }, mode: 'xy' },
            pan: { enabled: true, mode: 'xy', threshold: 4 }
          },
          rwClusterLabels: {
            labels: d.labels,
            color: colors.text,
            halo: colors.halo,
            fontSize: compact ? 10 : 12,
            fontFamily: colors.font
          }
        }
      },
      plugins: [clusterLabels, drawnCounter]
    });
  }

  _applyTheme() {
    if (!this._chart) {
      return;
    }
    const colors = this._themeColors();
    const options = this._chart.options;
    options.scales.x.grid.color = colors.grid;
    options.scales.y.grid.color = colors.grid;
    options.plugins.rwClusterLabels.color = colors.text;
    options.plugins.rwClusterLabels.halo = colors.halo;
    this._chart.update('none');
  }
}

customElements.define('rw-scatter', RwScatter);
