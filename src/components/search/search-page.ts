// The search page: fills the box from ?q= (deep links) and starts the search element. Ships to the browser.
const input = document.querySelector<HTMLInputElement>('.search-page input[name=q]');
const query = new URLSearchParams(window.location.search).get('q');
if (input && query) input.value = query;
void import('./search-element.ts');
