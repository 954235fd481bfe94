// Corporate netbank (企业网银) for an enterprise's operators: sign in with the password and the dynamic token's code; a
// maker (经办) enters payments and uploads payroll files (代发) and submits them; a checker (复核) approves with the
// token's current code, or sends a payment back with a reason. Every amount stays a decimal string.
import { api, holdToken, keyAfter, newIdempotencyKey, refused } from './api.js';
import { amountInput, errorBox, field, h, onAmountSubmit, say, showError, ticking, time } from './dom.js';
import { formatAmount } from './money.js';
import { t } from './i18n.js';

/** The signed-in operator: enterprise credit code, login name, role (MAKER, CHECKER, ADMIN). */
let operator = null;

export function currentOperator() {
  return operator;
}

export function forgetOperator() {
  operator = null;
}

/** The screens an operator has, by role. */
export function corporateScreens() {
  if (!operator) {
    return [];
  }
  return operator.role === 'MAKER' ? ['corp-accounts', 'corp-payments', 'corp-new', 'corp-payroll'] : ['corp-accounts', 'corp-payments'];
}

export const CORPORATE_NAV = { 'corp-accounts': 'navCorpAccounts', 'corp-payments': 'navCorpPayments', 'corp-new': 'navCorpNew',
  'corp-payroll': 'navCorpPayroll' };

/** Signing in (again, when the session ran out: only as the same operator). */
export function corporateSignInForm(onSignedIn, again = false) {
  const box = errorBox('corp-sign-in-error');
  const creditCode = h('input', { id: 'corp-credit-code', autocomplete: 'organization', required: true, maxlength: 18,
    value: operator?.creditCode || '', readonly: again });
  const login = h('input', { id: 'corp-login', autocomplete: 'username', required: true, value: operator?.loginName || '', readonly: again });
  const password = h('input', { id: 'corp-password', type: 'password', autocomplete: 'current-password', required: true });
  const code = h('input', { id: 'corp-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, required: true });
  const button = h('button', { type: 'submit', id: 'corp-sign-in' }, t('signIn'));
  const form = h('form', { class: 'card narrow', id: 'corp-sign-in-form' }, h('h2', {}, t('corpSignInTitle')),
    field(t('creditCode'), creditCode), field(t('loginName'), login), field(t('password'), password), field(t('tokenCode'), code),
    box, button, h('p', { class: 'hint' }, t('corpHint')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    button.disabled = true;
    try {
      const { body } = await api('POST', '/corporate/auth/login', { creditCode: creditCode.value.trim().toUpperCase(),
        loginName: login.value.trim(), password: password.value, code: code.value.trim() }, { anonymous: true });
      password.value = '';
      operator = { creditCode: creditCode.value.trim().toUpperCase(), loginName: login.value.trim(), role: body.role,
        operatorId: body.operatorId };
      holdToken(body.accessToken);
      onSignedIn();
    } catch (problem) {
      showError(box, problem);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function accountsOfEnterprise() {
  return (await api('GET', '/corporate/accounts')).body;
}

async function accountsScreen() {
  const accounts = await accountsOfEnterprise();
  return [h('h1', {}, t('navCorpAccounts'), h('span', { class: 'tag' }, t(`role${operator.role}`))),
    h('div', { class: 'cards' }, ...accounts.map(a => h('section', { class: 'card account', 'data-account': a.accountId },
      h('h2', {}, t('settlementAccount')), h('p', { class: 'muted' }, a.accountNumber),
      h('p', { class: 'balance' }, h('span', { class: 'label' }, t('balance')), formatAmount(a.balance)),
      h('p', {}, `${t('available')} ${formatAmount(a.available)}`))))];
}

async function accountChoice(id) {
  const accounts = await accountsOfEnterprise();
  return h('select', { id, required: true }, ...accounts.map(a => h('option', { value: a.accountId },
    `${a.accountNumber} · ${formatAmount(a.available)}`)));
}

function paymentLine(payment, approve) {
  const line = h('section', { class: `card payment ${payment.status}`, 'data-payment': payment.paymentId, 'data-status': payment.status },
    h('h3', {}, `${payment.payeeName} · ${formatAmount(payment.amount)}`, h('span', { class: 'tag' }, t(payment.status))),
    h('p', { class: 'muted' }, `${payment.kind === 'PAYROLL' ? t('payrollPayment') : payment.payee} · ${t('fee')} ${formatAmount(payment.fee)}`
      + ` · ${t('approvals', { done: payment.approvals, of: payment.requiredApprovals })}${payment.memo ? ` · ${payment.memo}` : ''}`),
    payment.reason ? h('p', { class: 'muted' }, `${t('reason')}: ${payment.reason}`) : null,
    h('p', { class: 'muted' }, time(payment.createdAt)));
  // a checker approves a payment once: one that needs two waits for another checker after theirs
  if (approve && payment.status === 'PENDING_APPROVAL' && !(payment.approvedBy || []).includes(operator.operatorId)) {
    line.append(approvalForm(payment));
  }
  return line;
}

/** A checker's decision: approve with the token's current code, or send back with a reason. */
function approvalForm(payment) {
  const box = errorBox(`approval-error-${payment.paymentId}`);
  const code = h('input', { id: `approval-code-${payment.paymentId}`, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6,
    placeholder: t('tokenCode') });
  const reason = h('input', { id: `rejection-reason-${payment.paymentId}`, maxlength: 200, placeholder: t('reason') });
  let key = newIdempotencyKey();
  const approve = h('button', { type: 'button', id: `approve-${payment.paymentId}`, onclick: async () => {
    box.hidden = true;
    approve.disabled = true;
    try {
      // a code is good once and for a moment: never sent again by itself after signing in again
      const { body } = await api('POST', `/corporate/payments/${encodeURIComponent(payment.paymentId)}/approval`, { code: code.value.trim() },
        { idempotencyKey: key, replay: false });
      form.closest('section').replaceWith(paymentLine(body, true));
      say(t(body.status));
    } catch (problem) {
      if (refused(problem) || problem.status === 401) {
        key = keyAfter(problem, key);
        code.disabled = false;
        code.value = '';
      } else {
        // the outcome is unknown: pressing again repeats this very approval (same key, same code), which can never count twice
        code.disabled = true;
      }
      showError(box, problem);
      approve.disabled = false;
    }
  } }, t('approve'));
  const reject = h('button', { type: 'button', class: 'secondary', id: `reject-${payment.paymentId}`, onclick: async () => {
    box.hidden = true;
    reject.disabled = true;
    try {
      const { body } = await api('POST', `/corporate/payments/${encodeURIComponent(payment.paymentId)}/rejection`,
        { reason: reason.value.trim() });
      form.closest('section').replaceWith(paymentLine(body, true));
    } catch (problem) {
      showError(box, problem);
      reject.disabled = false;
    }
  } }, t('reject'));
  const form = h('div', { class: 'decision' }, h('div', { class: 'inline' }, code, approve), h('div', { class: 'inline' }, reason, reject), box);
  return form;
}

async function paymentsScreen() {
  const { body: payments } = await api('GET', '/corporate/payments');
  const checker = operator.role === 'CHECKER';
  const waiting = payments.filter(p => p.status === 'PENDING_APPROVAL');
  const others = payments.filter(p => p.status !== 'PENDING_APPROVAL' && p.status !== 'QUOTED');
  return [h('h1', {}, t('navCorpPayments')),
    h('h2', {}, t('waitingApproval')), h('div', { id: 'waiting' }, ...(waiting.length === 0 ? [h('p', { class: 'muted' }, t('nothingWaiting'))]
      : waiting.map(p => paymentLine(p, checker)))),
    h('h2', {}, t('decided')), h('div', { id: 'decided' }, ...others.map(p => paymentLine(p, false)))];
}

/** The maker enters a payment: the quote (fee, how many checkers) is shown, then submitted for approval. */
async function newPaymentScreen() {
  const from = await accountChoice('corp-from');
  const name = h('input', { id: 'corp-payee-name', required: true, maxlength: 60 });
  const number = h('input', { id: 'corp-payee-account', inputmode: 'numeric', required: true, maxlength: 30 });
  const bank = h('input', { id: 'corp-payee-bank', maxlength: 20 });
  const amount = amountInput('corp-amount');
  const memo = h('input', { id: 'corp-memo', maxlength: 60 });
  const box = errorBox('corp-payment-error');
  const step = h('div', { id: 'corp-step' });
  const form = h('form', { class: 'card', id: 'corp-payment-form' }, h('h2', {}, t('navCorpNew')), field(t('fromAccount'), from),
    field(t('payee'), name), field(t('payeeAccount'), number), field(t('payeeBank'), bank), field(t('amount'), amount),
    field(t('memo'), memo), box, h('button', { type: 'submit', id: 'corp-quote' }, t('getQuote')));
  onAmountSubmit(form, amount, box, async typed => {
    const body = { fromAccountId: from.value, toAccountNumber: number.value.trim(), toName: name.value.trim(), amount: typed };
    if (bank.value.trim()) {
      body.toBankCode = bank.value.trim();
    }
    if (memo.value.trim()) {
      body.memo = memo.value.trim();
    }
    try {
      const { body: quote } = await api('POST', '/corporate/payments/quotes', body);
      form.hidden = true;
      step.replaceChildren(quoteCard(quote, () => { form.hidden = false; step.replaceChildren(); }));
    } catch (problem) {
      showError(box, problem);
    }
  });
  return [h('h1', {}, t('navCorpNew')), form, step];
}

function quoteCard(quote, back) {
  const box = errorBox('corp-submit-error');
  const submit = h('button', { type: 'button', id: 'corp-submit' }, t('submitForApproval'));
  let sending = false;
  const card = h('section', { class: 'card', id: 'corp-quote-card' }, h('h2', {}, t('quoteTitle')),
    h('dl', { class: 'quote' }, h('dt', {}, t('payee')), h('dd', {}, quote.payeeName),
      h('dt', {}, t('amount')), h('dd', { id: 'corp-quote-amount' }, formatAmount(quote.amount)),
      h('dt', {}, t('fee')), h('dd', { id: 'corp-quote-fee' }, formatAmount(quote.fee)),
      h('dt', {}, t('checkersNeeded')), h('dd', { id: 'corp-quote-checkers' }, String(quote.requiredApprovals)),
      h('dt', {}, t('expiresIn')), ticking(h('dd', {}), quote.expiresAt, (element, { left, text }) => {
        element.textContent = text;
        submit.disabled = left === 0 || sending;
      })), box, h('div', { class: 'actions' }, submit, h('button', { type: 'button', class: 'link', onclick: back }, t('back'))));
  submit.addEventListener('click', async () => {
    box.hidden = true;
    submit.disabled = true;
    sending = true;
    try {
      const { body } = await api('POST', '/corporate/payments', { quoteId: quote.paymentId });
      card.replaceWith(h('section', { class: 'card result', id: 'corp-submitted', 'data-status': body.status },
        h('h2', {}, t(body.status)), h('p', {}, `${body.payeeName} · ${formatAmount(body.amount)} · ${t('approvals', { done: body.approvals,
          of: body.requiredApprovals })}`)));
    } catch (problem) {
      showError(box, problem);
      submit.disabled = false;
    } finally {
      sending = false;
    }
  });
  return card;
}

/** A payroll file (CSV, UTF-8) uploaded, every row checked, the report shown, then submitted for approval. */
async function payrollScreen() {
  const from = await accountChoice('payroll-from');
  const purpose = h('select', { id: 'payroll-purpose' }, h('option', { value: 'SALARY' }, t('salary')), h('option', { value: 'PENSION' }, t('pension')));
  const file = h('input', { id: 'payroll-file', type: 'file', accept: '.csv,text/csv', required: true });
  const box = errorBox('payroll-error');
  const report = h('div', { id: 'payroll-report' });
  const form = h('form', { class: 'card', id: 'payroll-form' }, h('h2', {}, t('navCorpPayroll')), h('p', { class: 'hint' }, t('payrollHint')),
    field(t('fromAccount'), from), field(t('purpose'), purpose), field(t('payrollFile'), file), box,
    h('button', { type: 'submit', id: 'payroll-upload' }, t('upload')));
  const uploadButton = form.querySelector('#payroll-upload');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    box.hidden = true;
    if (file.files.length === 0) {
      box.textContent = t('required');
      box.hidden = false;
      return;
    }
    uploadButton.disabled = true; // one batch per press: a second would count the same rows against the day's limit
    try {
      const query = new URLSearchParams({ fromAccountId: from.value, purpose: purpose.value });
      const { body: batch } = await api('POST', `/corporate/payroll-batches?${query}`, undefined,
        { raw: { contentType: 'text/csv', body: await file.files[0].arrayBuffer() } });
      report.replaceChildren(batchReport(batch));
    } catch (problem) {
      showError(box, problem);
    } finally {
      uploadButton.disabled = false;
    }
  });
  const { body: batches } = await api('GET', '/corporate/payroll-batches');
  return [h('h1', {}, t('navCorpPayroll')), form, report, h('h2', {}, t('batches')),
    ...batches.map(b => h('p', { class: 'card' }, `${time(b.createdAt)} · ${t(b.purpose === 'PENSION' ? 'pension' : 'salary')} · ${b.validRows}/${b.rows}`
      + ` · ${formatAmount(b.total)} · ${t(b.status)}`))];
}

function batchReport(batch) {
  const box = errorBox('batch-error');
  const submit = h('button', { type: 'button', id: 'batch-submit', disabled: batch.validRows === 0 || batch.status !== 'VALIDATED' },
    t('submitForApproval'));
  const section = h('section', { class: 'card', id: 'batch', 'data-status': batch.status },
    h('h2', {}, t('validationReport')),
    h('p', { id: 'batch-summary' }, t('batchSummary', { rows: batch.rows, valid: batch.validRows, invalid: batch.invalidRows,
      total: formatAmount(batch.total) })),
    batch.duplicateOf ? h('p', { class: 'error' }, t('duplicateFile')) : null,
    batch.problems && batch.problems.length > 0 ? h('div', { class: 'table' }, h('table', { id: 'batch-problems' },
      h('thead', {}, h('tr', {}, ...['row', 'payeeAccount', 'payee', 'amount', 'why'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, ...batch.problems.map(p => h('tr', {}, h('td', {}, String(p.row)), h('td', {}, p.account || ''), h('td', {}, p.name || ''),
        h('td', {}, p.amount ? formatAmount(p.amount) : ''), h('td', {}, p.message || p.reason)))))) : null,
    box, submit);
  submit.addEventListener('click', async () => {
    box.hidden = true;
    submit.disabled = true;
    try {
      const { body } = await api('POST', `/corporate/payroll-batches/${encodeURIComponent(batch.batchId)}/submission`);
      section.replaceWith(h('section', { class: 'card result', id: 'batch-submitted', 'data-status': body.status },
        h('h2', {}, t(body.status)), h('p', {}, t('batchSummary', { rows: body.rows, valid: body.validRows, invalid: body.invalidRows,
          total: formatAmount(body.total) }))));
    } catch (problem) {
      showError(box, problem);
      submit.disabled = false;
    }
  });
  return section;
}

export const CORPORATE_BUILDERS = { 'corp-accounts': accountsScreen, 'corp-payments': paymentsScreen, 'corp-new': newPaymentScreen,
  'corp-payroll': payrollScreen };
