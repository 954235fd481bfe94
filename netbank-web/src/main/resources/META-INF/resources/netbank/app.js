// The netbank page: one screen at a time (the part of the address after #), built from the API's answers. Text from the
// API goes into the page as text, never as markup.
import { api, currentSubject, forgetToken, holdToken, keyAfter, newIdempotencyKey, onExpiredSession, Problem, refused, signedIn,
  streamMessages } from './api.js';
import { CORPORATE_BUILDERS, CORPORATE_NAV, corporateScreens, corporateSignInForm, forgetOperator } from './corporate.js';
import { amountInput, clearTimers, errorBox, field, h, money, onAmountSubmit, say, showError, ticking, time } from './dom.js';
import { formatAmount, parseAmount } from './money.js';
import { currentLanguage, setLanguage, t } from './i18n.js';

const CHANNEL = 'NETBANK';
/** The local run (./ebank run): its demo customers are named on the sign-in form; nowhere else. */
const LOCAL = ['127.0.0.1', 'localhost'].includes(location.hostname);
const SCREENS = ['accounts', 'transfer', 'scheduled', 'wealth', 'messages', 'preferences'];
const NAV = { accounts: 'navAccounts', transfer: 'navTransfer', scheduled: 'navScheduled', wealth: 'navWealth',
  messages: 'navMessages', preferences: 'navPreferences', ...CORPORATE_NAV };

const view = document.getElementById('view');
const nav = document.getElementById('nav');
const live = document.getElementById('live');
// mode: a person's netbank, or corporate netbank for an enterprise's operator (chosen at sign-in)
const state = { mode: 'personal', phone: null, messages: [], unread: 0, stream: null, streamState: 'reconnecting' };

// ---------------------------------------------------------------- signing in and out

/** Signing in; again (the session ended) only as the customer whose screen it is, so nothing of theirs shows to another. */
function signInForm(onSignedIn, again = false) {
  const box = errorBox('sign-in-error');
  const phone = h('input', { id: again ? 'again-phone' : 'phone', inputmode: 'tel', autocomplete: 'username', required: true,
    value: state.phone || '', readonly: again });
  const password = h('input', { id: again ? 'again-password' : 'password', type: 'password', autocomplete: 'current-password',
    required: true });
  const button = h('button', { type: 'submit', id: again ? 'again-sign-in' : 'sign-in' }, t('signIn'));
  const form = h('form', { class: 'card narrow', id: 'sign-in-form' }, h('h2', {}, t('signInTitle')),
    field(t('phone'), phone), field(t('password'), password), box, button,
    LOCAL ? h('p', { class: 'hint' }, t('demoHint')) : null);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    button.disabled = true;
    button.textContent = t('signingIn');
    try {
      const answer = await api('POST', '/auth/login', { phone: phone.value.trim(), password: password.value, channel: CHANNEL },
        { anonymous: true });
      password.value = '';
      if (answer.status === 202) {
        form.replaceWith(challengeForm(answer.body, phone.value.trim(), onSignedIn));
        return;
      }
      state.phone = phone.value.trim();
      holdToken(answer.body.accessToken);
      onSignedIn();
    } catch (problem) {
      showError(box, problem);
    } finally {
      button.disabled = false;
      button.textContent = t('signIn');
    }
  });
  return form;
}

/** The code sent to the phone on record, where the API asks for one before it gives a token. */
function challengeForm(challenge, phone, onSignedIn) {
  const box = errorBox('challenge-error');
  const code = h('input', { id: 'challenge-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, required: true });
  const form = h('form', { class: 'card narrow', id: 'challenge-form' }, h('h2', {}, t('signInTitle')),
    h('p', {}, t('challengeSent', { to: challenge.codeSentTo || '' })), field(t('smsCode'), code), box,
    h('button', { type: 'submit', id: 'challenge-confirm' }, t('confirm')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    try {
      const answer = await api('POST', `/auth/device-challenges/${encodeURIComponent(challenge.challengeId)}`, { code: code.value.trim() },
        { anonymous: true });
      state.phone = phone;
      holdToken(answer.body.accessToken);
      onSignedIn();
    } catch (problem) {
      showError(box, problem);
    }
  });
  return form;
}

/** The session ended under a screen: sign in again in a dialog, the screen and what was typed in it untouched. */
function askToSignInAgain() {
  if (askToSignInAgain.pending) {
    return askToSignInAgain.pending;
  }
  askToSignInAgain.pending = new Promise((resolve, reject) => {
    const dialog = document.getElementById('again');
    const form = document.getElementById('again-form');
    const cancel = h('button', { type: 'button', class: 'link', id: 'again-cancel' }, t('cancel'));
    const before = currentSubject();
    const giveUp = () => {
      dialog.removeEventListener('cancel', giveUp);
      reject(new Problem(401, { detail: t('sessionEnded') }));
      signOut(false);
    };
    const signedInAgain = () => {
      dialog.removeEventListener('cancel', giveUp);
      dialog.close();
      if (currentSubject() !== before) {
        giveUp(); // someone else signed in over this screen: nothing of the one before may show to them
        return;
      }
      if (state.mode === 'personal') {
        restartStream();
      }
      resolve();
    };
    form.replaceChildren(h('p', {}, t('sessionEnded')), state.mode === 'corporate' ? corporateSignInForm(signedInAgain, true)
      : signInForm(signedInAgain, true), cancel);
    cancel.addEventListener('click', () => {
      dialog.close();
      giveUp();
    });
    // Escape closes the dialog too: that is giving up as well, or every request after it would wait for nothing
    dialog.addEventListener('cancel', giveUp);
    dialog.showModal();
  }).finally(() => { askToSignInAgain.pending = null; });
  return askToSignInAgain.pending;
}

function signOut(said = true) {
  forgetToken();
  forgetOperator();
  state.mode = 'personal';
  state.phone = null;
  if (state.stream) {
    state.stream();
    state.stream = null;
  }
  state.messages = [];
  state.unread = 0;
  live.replaceChildren();
  live.hidden = true;
  if (said) {
    say(t('signedOut'));
  }
  home();
}

/** To the first screen: one render, by the address's change or at once when the address is that already. */
function home() {
  if (location.hash && location.hash !== '#') {
    location.hash = '';
  } else {
    render();
  }
}

/** A person's netbank, or corporate netbank: one sign-in form or the other. */
function signInChoice() {
  const corporate = state.signInMode === 'corporate';
  const tab = (mode, id, label) => h('button', { type: 'button', id, class: mode === (corporate ? 'corporate' : 'personal') ? 'tab current' : 'tab',
    onclick: () => { state.signInMode = mode; render(); } }, t(label));
  return h('div', { class: 'sign-in' }, h('div', { class: 'tabs narrow' }, tab('personal', 'tab-personal', 'personalNetbank'),
    tab('corporate', 'tab-corporate', 'corporateNetbank')),
  corporate ? corporateSignInForm(() => {
    state.mode = 'corporate';
    home();
  }) : signInForm(() => {
    state.mode = 'personal';
    restartStream();
    home();
  }));
}

// ---------------------------------------------------------------- the live messages, on every screen

function restartStream() {
  if (state.stream) {
    state.stream();
  }
  state.stream = streamMessages(message => {
    if (!state.messages.some(known => known.messageId === message.messageId)) {
      state.messages.unshift(message);
      state.unread += 1;
      arrived(message);
      paintNav();
      if (currentScreen() === 'messages') {
        render();
      }
    }
  }, streamState => {
    state.streamState = streamState;
    if (streamState === 'ended' && signedIn()) {
      // the bank ended this session (signed in elsewhere, or started over): the next request asks for the password
      say(t('sessionClosed'));
    }
    if (streamState === 'expired' && signedIn()) {
      askToSignInAgain().catch(() => {}); // the token ran out: the password again, the screen kept
    }
    const badge = document.getElementById('stream-state');
    if (badge) {
      badge.textContent = streamState === 'live' ? t('live') : t('reconnecting');
    }
  });
}

/**
 * After a money-moving request whose outcome is unknown (no answer, 5xx, still in flight) the form's fields are locked:
 * pressing again sends the very same request under the same key, which can never pay twice; a refusal unlocks them.
 */
function lockUnlessRefused(problem, ...inputs) {
  const locked = !refused(problem);
  inputs.forEach(input => { input.disabled = locked; });
}

/** The newest live messages above every screen, a few at a time, each for a minute. */
function arrived(message) {
  const line = h('p', { class: `arrived ${message.category}`, 'data-message': message.messageId },
    h('strong', {}, `${t('newMessage')} · ${message.title}`), ' ', bodyOf(message));
  live.prepend(line);
  while (live.children.length > 5) {
    live.lastElementChild.remove();
  }
  live.hidden = false;
  setTimeout(() => {
    line.remove();
    live.hidden = live.children.length === 0;
  }, 60000);
}

function bodyOf(message) {
  return currentLanguage() === 'en' && message.bodyEn ? message.bodyEn : message.body;
}

// ---------------------------------------------------------------- screens

async function accountsScreen() {
  const { body } = await api('GET', '/accounts');
  const list = h('div', { class: 'cards' });
  for (const account of body.items) {
    const benefits = h('ul', { class: 'benefits' });
    list.append(h('section', { class: 'card account', 'data-account': account.accountId },
      h('h2', {}, account.productName || account.product),
      h('p', { class: 'muted' }, `${t('card')} ${account.cardNumber}`),
      h('p', { class: 'balance' }, h('span', { class: 'label' }, t('balance')), money(account.balance)),
      h('p', {}, `${t('available')} `, money(account.available)),
      h('h3', {}, t('benefits')), benefits,
      h('button', { type: 'button', class: 'link', onclick: () => showHistory(account) }, t('history'))));
    api('GET', `/accounts/${encodeURIComponent(account.accountId)}/fee-benefits`).then(({ body: fees }) => {
      benefits.replaceChildren(...(fees.items.length === 0 ? [h('li', { class: 'muted' }, t('noBenefits'))]
        : fees.items.map(b => h('li', {}, b.freeUses === null || b.freeUses === undefined ? ruleName(b.rule)
          : `${ruleName(b.rule)}: ${t('benefitLeft', { left: b.remainingFreeUses, of: b.freeUses, period: b.currentPeriod || b.period || '' })}`))));
    }).catch(() => benefits.replaceChildren());
  }
  const history = h('section', { id: 'history' });
  return [h('h1', {}, t('navAccounts')), list, history];

  function showHistory(account) {
    history.replaceChildren(historyPanel(account));
    history.scrollIntoView({ behavior: 'smooth' });
  }
}

function historyPanel(account) {
  const from = h('input', { type: 'date', id: 'history-from' });
  const to = h('input', { type: 'date', id: 'history-to' });
  const direction = h('select', { id: 'history-direction' }, h('option', { value: '' }, t('all')),
    h('option', { value: 'CREDIT' }, t('credit')), h('option', { value: 'DEBIT' }, t('debit')));
  const rows = h('tbody');
  const box = errorBox('history-error');
  const more = h('button', { type: 'button', class: 'link', hidden: true }, t('more'));
  let cursor = null;
  let filters = null;
  let asked = 0; // only the answer to the newest question is shown, whatever order answers arrive in
  const load = async reset => {
    box.hidden = true;
    const question = ++asked;
    let query;
    if (reset) {
      query = new URLSearchParams({ limit: '20' });
      if (from.value) {
        query.set('from', `${from.value}T00:00:00+08:00`);
      }
      if (to.value) {
        // the API's end is exclusive: the whole of the last day is up to the next day's midnight
        query.set('to', nextDay(to.value) + 'T00:00:00+08:00');
      }
      if (direction.value) {
        query.set('direction', direction.value);
      }
      filters = query.toString();
    } else {
      // the next page of what is shown, under the filters it was asked with
      query = new URLSearchParams(filters);
      query.set('cursor', cursor);
    }
    try {
      const { body } = await api('GET', `/accounts/${encodeURIComponent(account.accountId)}/transactions?${query}`);
      if (question !== asked) {
        return;
      }
      if (reset) {
        rows.replaceChildren();
      }
      for (const line of body.items) {
        rows.append(h('tr', {}, h('td', {}, time(line.time)),
          h('td', { class: line.direction === 'CREDIT' ? 'in' : 'out' }, `${line.direction === 'CREDIT' ? '+' : '-'}${formatAmount(line.amount)}`),
          h('td', {}, formatAmount(line.balanceAfter)), h('td', {}, line.memo || line.kind || ''), h('td', {}, line.counterparty || '')));
      }
      if (rows.children.length === 0) {
        rows.append(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('noHistory'))));
      }
      rows.dataset.filters = filters;
      cursor = body.nextCursor;
      more.hidden = !cursor;
    } catch (problem) {
      showError(box, problem);
    }
  };
  more.addEventListener('click', () => load(false));
  const form = h('form', { class: 'filters' }, field(t('from'), from), field(t('to'), to), field(t('direction'), direction),
    h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', event => { event.preventDefault(); load(true); });
  load(true);
  return h('div', { class: 'card' }, h('h2', {}, `${t('history')} · ${account.cardNumber}`), form, box,
    h('div', { class: 'table' }, h('table', {}, h('thead', {}, h('tr', {}, ...['time', 'amount', 'balanceAfter', 'memo', 'counterparty']
      .map(k => h('th', {}, t(k))))), rows)), more);
}

const RULES = {
  XIANGQING_SCHEDULED_CROSS_REGION: ['乡情卡预约跨区转账免费', 'Hometown card: scheduled cross-region transfers free'],
  XIANGQING_CROSS_REGION_CASH: ['乡情卡跨区存取现免费', 'Hometown card: cross-region cash free'],
  QINGNIAN_FAMILY_CROSS_REGION: ['青年卡亲情账户转账免费', 'Youth card: family account transfers free'],
  QINGNIAN_SCHEDULED_CROSS_REGION: ['青年卡预约跨区转账免费', 'Youth card: scheduled cross-region transfers free'],
  JINHUI_CROSS_REGION_WITHDRAWAL: ['金晖卡跨区取现免费', 'Golden-years card: cross-region withdrawals free'],
  YIHUITONG_STAR_INTERBANK: ['易汇通卡星级跨行转账优惠', 'Merchant card: star-level interbank discount'],
  MOBILE_INTERBANK_CAMPAIGN: ['手机银行跨行转账免费', 'Mobile interbank transfers free'],
};

function ruleName(rule) {
  const names = RULES[rule];
  return names ? names[currentLanguage() === 'en' ? 1 : 0] : rule;
}

async function accountChoice(id) {
  const { body } = await api('GET', '/accounts');
  return h('select', { id, required: true }, ...body.items.map(a => h('option', { value: a.accountId },
    `${a.productName || a.product} ${a.cardNumber} · ${formatAmount(a.available)}`)));
}

/** The payee and amount, shared by a transfer and a scheduled transfer. */
async function payeeFields() {
  return {
    from: await accountChoice('transfer-from'),
    name: h('input', { id: 'payee-name', autocomplete: 'off', required: true, maxlength: 60 }),
    number: h('input', { id: 'payee-account', inputmode: 'numeric', autocomplete: 'off', required: true, maxlength: 32 }),
    bank: h('input', { id: 'payee-bank', inputmode: 'numeric', autocomplete: 'off', maxlength: 12 }),
    amount: amountInput('transfer-amount'),
  };
}

function quoteBody(fields, amount, scheduled) {
  const body = { fromAccountId: fields.from.value, toAccountNumber: fields.number.value.trim(), toName: fields.name.value.trim(), amount };
  if (fields.bank.value.trim()) {
    body.toBankCode = fields.bank.value.trim();
  }
  if (scheduled) {
    body.scheduled = true;
  }
  return body;
}

async function transferScreen() {
  const fields = await payeeFields();
  const box = errorBox('transfer-error');
  const step = h('div', { id: 'transfer-step' });
  const form = h('form', { class: 'card', id: 'transfer-form' }, h('h2', {}, t('navTransfer')),
    field(t('fromAccount'), fields.from), field(t('payee'), fields.name), field(t('payeeAccount'), fields.number),
    field(t('payeeBank'), fields.bank), field(t('amount'), fields.amount), box, h('button', { type: 'submit', id: 'get-quote' }, t('getQuote')));
  onAmountSubmit(form, fields.amount, box, async amount => {
    try {
      const { body: quote } = await api('POST', '/transfers/quotes', quoteBody(fields, amount, false));
      form.hidden = true;
      step.replaceChildren(quoteStep(quote, () => {
        // changed their mind: the quote is withdrawn at once, and a free use it held is free again
        api('DELETE', `/transfers/quotes/${encodeURIComponent(quote.quoteId)}`).catch(() => {});
        form.hidden = false;
        step.replaceChildren();
      }));
    } catch (problem) {
      showError(box, problem);
    }
  });
  return [h('h1', {}, t('navTransfer')), form, step];
}

/** The quote shown before confirming it: fee, waiver by name, free uses left, a countdown, the SMS code step. */
function quoteStep(quote, back) {
  const box = errorBox('confirm-error');
  const code = h('input', { id: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6 });
  const confirm = h('button', { type: 'submit', id: 'confirm-transfer' }, t('confirmTransfer'));
  let key = newIdempotencyKey(); // one key for this confirmation, however often it is pressed or retried
  const expiry = ticking(h('dd', { id: 'quote-expiry' }), quote.expiresAt, (element, { left, text }) => {
    element.textContent = text;
    if (left === 0) {
      confirm.disabled = true;
      box.textContent = t('expired');
      box.hidden = false;
    }
  });
  const rows = h('dl', { class: 'quote', id: 'quote' },
    h('dt', {}, t('amount')), h('dd', { id: 'quote-amount' }, formatAmount(quote.amount)),
    h('dt', {}, t('baseFee')), h('dd', { id: 'quote-base-fee' }, formatAmount(quote.baseFee)),
    h('dt', {}, t('waiver')), h('dd', { id: 'quote-waiver' }, quote.waiver ? ruleName(quote.waiver.rule) : t('noWaiver')),
    h('dt', {}, t('fee')), h('dd', { id: 'quote-fee' }, formatAmount(quote.fee)),
    quote.waiver && quote.waiver.remainingFreeUses !== null && quote.waiver.remainingFreeUses !== undefined
      ? [h('dt', {}, t('freeLeft')), h('dd', { id: 'quote-free-left' }, String(quote.waiver.remainingFreeUses))] : [],
    h('dt', {}, t('expiresIn')), expiry);
  const otpPart = quote.otpRequired ? h('div', { class: 'otp' }, h('p', {}, t('otpNeeded')),
    h('button', { type: 'button', id: 'send-code', onclick: async event => {
      box.hidden = true;
      try {
        await api('POST', `/transfers/quotes/${encodeURIComponent(quote.quoteId)}/otp`);
        event.target.disabled = true;
        say(t('codeSent'));
      } catch (problem) {
        showError(box, problem);
      }
    } }, t('sendCode')), field(t('smsCode'), code)) : null;
  const backButton = h('button', { type: 'button', class: 'link', id: 'quote-back', onclick: back }, t('back'));
  const form = h('form', { class: 'card', id: 'quote-form' }, h('h2', {}, t('quoteTitle')), rows, otpPart, box,
    h('div', { class: 'actions' }, confirm, backButton));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    confirm.disabled = true;
    try {
      const body = { quoteId: quote.quoteId };
      if (quote.otpRequired) {
        body.otp = code.value.trim();
      }
      const { body: transfer } = await api('POST', '/transfers', body, { idempotencyKey: key });
      form.replaceWith(transferResult(transfer));
    } catch (problem) {
      key = keyAfter(problem, key);
      // an outcome not known (the transfer may have gone through): only this confirmation again, never a new quote
      lockUnlessRefused(problem, code, backButton);
      showError(box, problem);
      confirm.disabled = false;
    }
  });
  return form;
}

/** Why a transfer did not go through, in words: the ledger's reasons by name, any other as it came. */
function failureWords(reason) {
  const words = t(`failure.${reason}`);
  return words.startsWith('failure.') ? t('failedBecause', { reason }) : words;
}

function transferResult(transfer) {
  return h('section', { class: `card result ${transfer.status}`, id: 'transfer-result', 'data-status': transfer.status },
    h('h2', {}, t(transfer.status) || transfer.status),
    h('dl', { class: 'quote' }, h('dt', {}, t('payee')), h('dd', {}, transfer.toName || ''),
      h('dt', {}, t('amount')), h('dd', {}, formatAmount(transfer.amount)),
      h('dt', {}, t('fee')), h('dd', {}, formatAmount(transfer.fee))),
    transfer.failureReason ? h('p', { class: 'error' }, failureWords(transfer.failureReason)) : null,
    h('button', { type: 'button', onclick: () => render() }, t('transferAgain')));
}

async function scheduledScreen() {
  const fields = await payeeFields();
  const box = errorBox('schedule-error');
  const kind = h('select', { id: 'schedule-kind' }, h('option', { value: 'monthly' }, t('monthly')), h('option', { value: 'once' }, t('once')));
  const day = h('input', { id: 'schedule-day', type: 'number', min: 1, max: 31, value: 1 });
  const runAt = h('input', { id: 'schedule-run-at', type: 'datetime-local' });
  const until = h('input', { id: 'schedule-until', type: 'date' });
  const code = h('input', { id: 'schedule-otp', inputmode: 'numeric', maxlength: 6, placeholder: t('smsCode') });
  const step = h('div');
  const form = h('form', { class: 'card', id: 'schedule-form' }, h('h2', {}, t('scheduleTitle')),
    field(t('fromAccount'), fields.from), field(t('payee'), fields.name), field(t('payeeAccount'), fields.number),
    field(t('payeeBank'), fields.bank), field(t('amount'), fields.amount), field(t('monthly'), kind), field(t('dayOfMonth'), day),
    field(t('runAt'), runAt), field(t('until'), until), box, step, h('button', { type: 'submit' }, t('getQuote')));
  let quote = null;
  let key = newIdempotencyKey();
  const submitButton = () => form.querySelector('button[type=submit]');
  const forgetQuote = () => {
    quote = null;
    step.replaceChildren();
    submitButton().textContent = t('getQuote');
  };
  // changing what is paid, to whom or from where asks for a new quote
  [fields.from, fields.name, fields.number, fields.bank, fields.amount].forEach(input => input.addEventListener('input', forgetQuote));
  onAmountSubmit(form, fields.amount, box, async amount => {
    try {
      if (!quote) {
        quote = (await api('POST', '/transfers/quotes', quoteBody(fields, amount, true))).body;
        step.replaceChildren(h('p', {}, `${t('fee')} ${formatAmount(quote.fee)} · ${quote.waiver ? ruleName(quote.waiver.rule) : t('noWaiver')}`),
          quote.otpRequired ? h('div', {}, h('button', { type: 'button', onclick: () => api('POST',
            `/transfers/quotes/${encodeURIComponent(quote.quoteId)}/otp`).then(() => say(t('codeSent'))).catch(p => showError(box, p)) },
          t('sendCode')), code) : null);
        submitButton().textContent = t('setUp');
        return;
      }
      const body = { quoteId: quote.quoteId };
      if (quote.otpRequired) {
        body.otp = code.value.trim();
      }
      if (kind.value === 'once') {
        body.runAt = runAt.value ? `${runAt.value}:00+08:00` : null;
      } else {
        body.dayOfMonth = Number(day.value);
      }
      if (until.value) {
        body.until = until.value;
      }
      await api('POST', '/scheduled-transfers', body, { idempotencyKey: key });
      say(t('scheduledDone'));
      render();
    } catch (problem) {
      key = keyAfter(problem, key);
      if (quote && ['quote-expired', 'quote-used', 'quote-cancelled', 'quote-superseded'].includes(problem.slug)) {
        forgetQuote();
      }
      showError(box, problem);
    }
  });
  const { body: list } = await api('GET', '/scheduled-transfers');
  const items = list.items.length === 0 ? [h('p', { class: 'muted' }, t('noSchedules'))] : list.items.map(s => h('section', { class: 'card' },
    h('h3', {}, `${s.toName} · ${formatAmount(s.amount)}`),
    h('p', {}, `${t('status')} ${t(s.status)} · ${s.dayOfMonth ? `${t('dayOfMonth')} ${s.dayOfMonth}` : time(s.runAt)}`
      + (s.nextRunAt ? ` · ${t('nextRun')} ${time(s.nextRunAt)}` : '')),
    s.runs && s.runs.length > 0 ? h('ul', {}, ...s.runs.map(r => h('li', {}, `${time(r.dueAt)} ${t(r.status)} ${r.fee ? formatAmount(r.fee) : ''} ${r.failureReason ? failureWords(r.failureReason) : ''}`))) : null,
    s.status === 'ACTIVE' ? h('button', { type: 'button', class: 'link', onclick: async () => {
      await api('DELETE', `/scheduled-transfers/${encodeURIComponent(s.scheduledTransferId)}`).catch(p => say(p.words()));
      render();
    } }, t('cancelSchedule')) : null));
  return [h('h1', {}, t('navScheduled')), form, h('h2', {}, t('scheduledList')), ...items];
}

async function wealthScreen() {
  const [{ body: products }, { body: holdings }] = await Promise.all([api('GET', '/wealth/products', undefined, { anonymous: true }),
    api('GET', '/wealth/holdings')]);
  const panel = h('div', { id: 'wealth-panel' });
  const cards = products.items.map(p => h('section', { class: 'card product', 'data-product': p.code },
    h('h2', {}, p.name, p.nightMarket ? h('span', { class: 'tag' }, t('nightMarket')) : null),
    h('dl', { class: 'quote' }, h('dt', {}, t('riskLevel')), h('dd', {}, p.riskLevel),
      h('dt', {}, t('minPurchase')), h('dd', {}, formatAmount(p.minPurchase)),
      h('dt', {}, t('yield')), h('dd', {}, p.expectedYield ? `${percent(p.expectedYield)}%` : ''),
      h('dt', {}, t('term')), h('dd', {}, p.termDays ? t('days', { n: p.termDays }) : t('daily')),
      h('dt', {}, t('quota')), h('dd', {}, formatAmount(p.remainingQuota)),
      p.windows && p.windows.length > 0 ? [h('dt', {}, t('window')), h('dd', {}, p.windows.join(', '))] : []),
    p.onSaleNow ? h('p', { class: 'open', id: `on-sale-${p.code}` }, t('onSale'))
      : p.nextOpenAt ? ticking(h('p', { class: 'closed', id: `opens-${p.code}` }), p.nextOpenAt,
        (element, { left, text }) => {
          element.textContent = t('opensIn', { left: text });
          if (left === 0 && !element.dataset.opening) {
            element.dataset.opening = 'yes';   // on sale now: the catalogue again, its buy button live
            setTimeout(() => { if (element.isConnected) { render(); } }, 1500);
          }
        })
        : h('p', { class: 'closed' }, t('closed')),
    h('button', { type: 'button', id: `buy-${p.code}`, disabled: !p.onSaleNow || !p.channels.includes(CHANNEL),
      onclick: () => { panel.replaceChildren(buyForm(p, panel)); panel.scrollIntoView({ behavior: 'smooth' }); } }, t('buy'))));
  const held = holdings.items.length === 0 ? [h('p', { class: 'muted' }, t('noHoldings'))] : holdings.items.map(x => holdingCard(x, panel));
  const assess = h('button', { type: 'button', class: 'secondary', id: 'take-questionnaire', onclick: () => {
    panel.replaceChildren(questionnaire());
    panel.scrollIntoView({ behavior: 'smooth' });
  } }, t('questionnaire'));
  return [h('h1', {}, t('products'), assess), h('div', { class: 'cards' }, ...cards), panel, h('h2', {}, t('holdings')),
    h('div', { class: 'cards', id: 'holdings' }, ...held)];
}

function percent(fraction) {
  // "0.0185" → "1.85": moving the point two places, as text
  const [whole, part = ''] = String(fraction).split('.');
  const digits = `${whole}${part.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const shown = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`;
  return shown.endsWith('.') ? shown.slice(0, -1) : shown;
}

function buyForm(product, panel) {
  const box = errorBox('buy-error');
  const amount = amountInput('buy-amount', formatAmount(product.minPurchase));
  const senior = h('input', { type: 'checkbox', id: 'senior-confirmation' });
  const seniorPart = h('label', { class: 'check', hidden: true }, senior, t('seniorConfirm'));
  let key = newIdempotencyKey();
  const formPromise = accountChoice('buy-account').then(account => {
    const form = h('form', { class: 'card', id: 'buy-form' }, h('h2', {}, t('buyTitle', { name: product.name })),
      field(t('fromAccount'), account), field(t('amount'), amount), seniorPart, box, h('button', { type: 'submit', id: 'buy-confirm' }, t('buy')));
    const confirm = form.querySelector('#buy-confirm');
    onAmountSubmit(form, amount, box, async typed => {
      confirm.disabled = true;
      const body = { productCode: product.code, accountId: account.value, amount: typed };
      if (!seniorPart.hidden) {
        body.seniorConfirmation = senior.checked;
      }
      try {
        const { body: order } = await api('POST', '/wealth/orders', body, { idempotencyKey: key });
        // PENDING: the ledger's answer is not known yet; the order is finished by the bank, never placed twice
        const placed = order.status === 'PLACED';
        panel.replaceChildren(h('section', { class: `card result ${placed ? 'COMPLETED' : 'PENDING'}`, id: 'buy-result',
          'data-status': order.status }, h('h2', {}, placed ? t('bought') : t('PENDING')), h('p', {}, `${product.name} · ${formatAmount(typed)}`)));
        refreshHoldings(panel).catch(() => {});   // the holdings as they were; the result above stands
      } catch (problem) {
        key = keyAfter(problem, key);
        lockUnlessRefused(problem, amount, account, senior);
        if (['risk-assessment-required', 'risk-assessment-expired'].includes(problem.slug)) {
          // the questionnaire once; the purchase waits for the customer to press buy again
          if (!document.getElementById('questionnaire')) {
            form.before(questionnaire());
          }
        } else if (problem.slug === 'senior-confirmation-required') {
          seniorPart.hidden = false;
        }
        showError(box, problem);
      } finally {
        confirm.disabled = false;
      }
    });
    return form;
  });
  const holder = h('div', {}, t('loading'));
  formPromise.then(form => holder.replaceWith(form)).catch(problem => {
    const box = errorBox('buy-load-error');
    showError(box, problem);
    holder.replaceWith(box);
  });
  return holder;
}

/** The day after {@code day} (yyyy-MM-dd), counted on the calendar, not in hours. */
function nextDay(day) {
  const [year, month, date] = day.split('-').map(part => Number(part));
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return next.toISOString().slice(0, 10);
}

/** The risk questionnaire: ten answers from 1 to 5; the API gives the level. */
function questionnaire() {
  const box = errorBox('questionnaire-error');
  const answers = Array.from({ length: 10 }, (_, i) => h('select', { id: `answer-${i + 1}` },
    ...[1, 2, 3, 4, 5].map(n => h('option', { value: n }, String(n)))));
  const form = h('form', { class: 'card', id: 'questionnaire' }, h('h2', {}, t('questionnaire')), h('p', {}, t('questionnaireIntro')),
    h('div', { class: 'answers' }, ...answers.map((select, i) => field(t('question', { n: i + 1 }), select))), box,
    h('button', { type: 'submit', id: 'submit-answers' }, t('submitAnswers')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const { body } = await api('POST', '/wealth/risk-assessments', { answers: answers.map(select => Number(select.value)) });
      form.replaceWith(h('p', { class: 'card', id: 'assessed' }, t('assessed', { level: body.level, until: time(body.validUntil) })));
    } catch (problem) {
      showError(box, problem);
    }
  });
  return form;
}

async function refreshHoldings(panel) {
  const { body: holdings } = await api('GET', '/wealth/holdings');
  const list = document.getElementById('holdings');
  if (list) {
    list.replaceChildren(...(holdings.items.length === 0 ? [h('p', { class: 'muted' }, t('noHoldings'))]
      : holdings.items.map(x => holdingCard(x, panel))));
  }
}

function holdingCard(holding, panel) {
  const box = errorBox(`redeem-error-${holding.holdingId}`);
  const amount = amountInput(`redeem-${holding.holdingId}`, formatAmount(holding.remaining));
  let key = newIdempotencyKey();
  const form = h('form', { class: 'inline' }, amount, h('button', { type: 'submit' }, t('redeem')));
  onAmountSubmit(form, amount, box, async typed => {
    try {
      await api('POST', '/wealth/redemptions', { holdingId: holding.holdingId, amount: typed }, { idempotencyKey: key });
      say(t('redeemed'));
      render();
    } catch (problem) {
      key = keyAfter(problem, key);
      lockUnlessRefused(problem, amount);
      showError(box, problem);
    }
  });
  return h('section', { class: 'card holding', 'data-holding': holding.holdingId }, h('h3', {}, holding.productName),
    h('p', {}, `${t('principal')} ${formatAmount(holding.principal)} · ${t('remaining')} ${formatAmount(holding.remaining)}`),
    holding.maturityDate ? h('p', {}, `${t('maturity')} ${holding.maturityDate}`) : null,
    // a fixed-term holding is paid out on its maturity date, not redeemed before it
    holding.status !== 'ACTIVE' ? h('p', { class: 'muted' }, t(holding.status)) : holding.maturityDate ? null : form, box);
}

async function messagesScreen() {
  const { body } = await api('GET', '/messages?limit=50');
  for (const message of body.items) {
    if (!state.messages.some(known => known.messageId === message.messageId)) {
      state.messages.push(message);
    }
  }
  state.messages.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  state.unread = 0;
  paintNav();
  const list = state.messages.length === 0 ? [h('p', { class: 'muted' }, t('noMessages'))] : state.messages.map(m =>
    h('article', { class: `card message ${m.category}`, 'data-message': m.messageId },
      h('h3', {}, m.title, h('time', {}, time(m.createdAt))), h('p', {}, bodyOf(m))));
  return [h('h1', {}, t('messages'), h('span', { class: 'tag', id: 'stream-state' },
    state.streamState === 'live' ? t('live') : t('reconnecting'))), h('div', { id: 'messages' }, ...list)];
}

async function preferencesScreen() {
  const { body: prefs } = await api('GET', '/notification-preferences');
  const box = errorBox('preferences-error');
  const threshold = amountInput('sms-threshold');
  threshold.value = prefs.smsThreshold;
  const sms = h('input', { type: 'checkbox', id: 'sms-enabled', checked: prefs.smsEnabled });
  const push = h('input', { type: 'checkbox', id: 'push-enabled', checked: prefs.pushEnabled });
  const quietStart = h('input', { type: 'time', id: 'quiet-start', value: prefs.quietStart });
  const quietEnd = h('input', { type: 'time', id: 'quiet-end', value: prefs.quietEnd });
  const optOut = h('input', { type: 'checkbox', id: 'marketing-opt-out', checked: prefs.marketingOptOut });
  const form = h('form', { class: 'card narrow', id: 'preferences' }, h('h2', {}, t('prefsTitle')),
    field(t('smsThreshold'), threshold), h('label', { class: 'check' }, sms, 'SMS'), h('label', { class: 'check' }, push, 'Push'),
    h('div', { class: 'row' }, field(t('quietHours'), quietStart), field('–', quietEnd)),
    h('label', { class: 'check' }, optOut, t('marketingOptOut')), box, h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    const amount = /^0(\.0{1,2})?$/.test(threshold.value.trim()) ? '0.00' : parseAmount(threshold.value); // 0: a text for every change
    if (amount === null) {
      box.textContent = t('badAmount');
      box.hidden = false;
      return;
    }
    try {
      await api('PUT', '/notification-preferences', { smsThreshold: amount, smsEnabled: sms.checked, pushEnabled: push.checked,
        quietStart: quietStart.value, quietEnd: quietEnd.value, marketingOptOut: optOut.checked });
      say(t('saved'));
    } catch (problem) {
      showError(box, problem);
    }
  });
  return [form];
}

const BUILDERS = { accounts: accountsScreen, transfer: transferScreen, scheduled: scheduledScreen, wealth: wealthScreen,
  messages: messagesScreen, preferences: preferencesScreen, ...CORPORATE_BUILDERS };

// ---------------------------------------------------------------- the frame

function screens() {
  return state.mode === 'corporate' ? corporateScreens() : SCREENS;
}

function currentScreen() {
  const wanted = location.hash.replace(/^#\/?/, '');
  return screens().includes(wanted) ? wanted : screens()[0];
}

function paintNav() {
  nav.replaceChildren(...screens().map(screen => h('a', { href: `#/${screen}`, id: `nav-${screen}`,
    class: screen === currentScreen() ? 'current' : null }, t(NAV[screen]),
  screen === 'messages' && state.unread > 0 ? h('span', { class: 'badge', id: 'unread' }, String(state.unread)) : null)));
}

async function render() {
  clearTimers();
  document.getElementById('brand').textContent = t('brand');
  document.getElementById('language').textContent = t('language');
  const signOutButton = document.getElementById('sign-out');
  signOutButton.textContent = t('signOut');
  signOutButton.hidden = !signedIn();
  nav.hidden = !signedIn();
  if (!signedIn()) {
    view.replaceChildren(signInChoice());
    return;
  }
  paintNav();
  const screen = currentScreen();
  view.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  view.dataset.screen = screen;
  try {
    const parts = await BUILDERS[screen]();
    if (currentScreen() === screen && signedIn()) {
      view.replaceChildren(...[parts].flat());
    }
  } catch (problem) {
    if (signedIn()) {
      const box = errorBox('screen-error');
      showError(box, problem);
      view.replaceChildren(box);
    }
  }
}

onExpiredSession(askToSignInAgain);
document.getElementById('language').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'en' ? 'zh' : 'en');
  render();
});
document.getElementById('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', () => render());
setLanguage(currentLanguage());
render();
