// Building the page: elements from the API's answers (text stays text: nothing from the API is parsed as markup),
// fields, errors, notices, times in Asia/Shanghai, countdowns, amounts typed.
import { Problem } from './api.js';
import { formatAmount, parseAmount } from './money.js';
import { currentLanguage, t } from './i18n.js';

const SHANGHAI = 'Asia/Shanghai';
const notice = document.getElementById('notice');
let timers = [];

/** An element with attributes (on* are listeners) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

export function field(label, input) {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

export function errorBox(id) {
  return h('p', { class: 'error', id, role: 'alert', hidden: true });
}

export function showError(box, problem) {
  box.textContent = problem instanceof Problem ? problem.words() : t('errorUnknown');
  box.hidden = false;
}

export function say(text) {
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { notice.hidden = true; }, 8000);
}

export function time(instant) {
  return instant ? new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(new Date(instant)) : '';
}

export function countdown(until) {
  const left = Math.max(0, Math.floor((new Date(until).getTime() - Date.now()) / 1000));
  const hours = Math.floor(left / 3600);
  const minutes = String(Math.floor((left % 3600) / 60)).padStart(2, '0');
  const seconds = String(left % 60).padStart(2, '0');
  return { left, text: hours > 0 ? `${hours}:${minutes}:${seconds}` : `${minutes}:${seconds}` };
}

/** Repaints a countdown every second while its screen is shown. */
export function ticking(element, until, render) {
  const paint = () => render(element, countdown(until));
  paint();
  timers.push(setInterval(paint, 1000));
  return element;
}

export function money(amount) {
  return h('span', { class: 'amount' }, formatAmount(amount));
}

export function amountInput(id, placeholder = '0.00') {
  return h('input', { id, inputmode: 'decimal', autocomplete: 'off', placeholder, required: true });
}

/**
 * A form whose submission carries an amount: its error box cleared, then {@code then(amount)} with the amount typed, as
 * the API takes it; an amount that is none is said in the box instead.
 */
export function onAmountSubmit(form, input, box, then) {
  form.addEventListener('submit', event => {
    event.preventDefault();
    box.hidden = true;
    const amount = parseAmount(input.value);
    if (amount === null) {
      box.textContent = t('badAmount');
      box.hidden = false;
      return;
    }
    then(amount);
  });
}

/** Stops the countdowns of the screen being left. */
export function clearTimers() {
  timers.forEach(clearInterval);
  timers = [];
}
