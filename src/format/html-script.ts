/**
 * The HTML report's only script: the two filters. It marks the page as scripted (so the filters
 * show only where they work), hides rows with the `hidden` attribute (print CSS shows them all
 * again), hides a section heading whose rows are all hidden, and says how many rows are shown.
 * Plain ES5 with no template literals, so the text hashed for the CSP is the text the browser runs.
 *
 * @example
 * htmlPage({ ..., script: FILTER_SCRIPT }) // the page's only script, allowed by its hash
 */
export const FILTER_SCRIPT = `(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  document.documentElement.className += ' js';
  var hideUnchanged = document.getElementById('hide-unchanged');
  var onlySubstantive = document.getElementById('only-substantive');
  var status = document.getElementById('shown');
  var rows = document.querySelectorAll('tr.change');
  var groups = document.querySelectorAll('tbody.group');
  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var hide = (hideUnchanged.checked && row.getAttribute('data-type') === 'unchanged') ||
        (onlySubstantive.checked && row.getAttribute('data-significance') !== 'substantive');
      row.hidden = hide;
      if (!hide) shown++;
    }
    for (var j = 0; j < groups.length; j++) {
      groups[j].hidden = !groups[j].querySelector('tr.change:not([hidden])');
    }
    status.textContent = shown === rows.length
      ? 'Showing all ' + rows.length + ' rows'
      : 'Showing ' + shown + ' of ' + rows.length + ' rows';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();`;
