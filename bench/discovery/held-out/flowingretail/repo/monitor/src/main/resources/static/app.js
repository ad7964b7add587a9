// Runs in the browser; talks only to the monitor's own origin.
const tbody = document.querySelector('#events tbody');

function addRow(ev) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td>${ev.time}</td><td>${ev.type}</td><td>${ev.source}</td><td>${ev.traceid}</td>`;
  tbody.prepend(tr);
}

fetch('/api/events')
  .then((r) => r.json())
  .then((byTrace) => Object.values(byTrace).flat().forEach(addRow));

const source = new EventSource('/api/events/stream');
source.addEventListener('message', (e) => addRow(JSON.parse(e.data)));
