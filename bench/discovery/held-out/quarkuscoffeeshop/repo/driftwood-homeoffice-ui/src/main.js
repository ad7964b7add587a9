import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { fetchStoreSummaries } from './api.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const REFRESH_MS = 10_000;
let chart;

function renderTable(summaries) {
  const tbody = document.querySelector('#stores tbody');
  tbody.innerHTML = summaries
    .map(s => `<tr><td>${s.storeId}</td><td>${s.orders}</td><td>$${s.revenue.toFixed(2)}</td><td>${s.avgSecondsToFulfil.toFixed(1)}</td></tr>`)
    .join('');
}

function renderChart(summaries) {
  const data = {
    labels: summaries.map(s => s.storeId),
    datasets: [{ label: 'Revenue', data: summaries.map(s => s.revenue) }]
  };
  if (chart) {
    chart.data = data;
    chart.update();
  } else {
    chart = new Chart(document.getElementById('revenue'), { type: 'bar', data });
  }
}

async function refresh() {
  try {
    const summaries = await fetchStoreSummaries();
    renderTable(summaries);
    renderChart(summaries);
  } catch (e) {
    console.error(e);
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
