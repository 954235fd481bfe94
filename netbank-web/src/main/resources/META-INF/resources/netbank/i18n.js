// The page's words in Chinese (the default) and English. The API answers errors and messages in the language the page
// asks for (Accept-Language), so what it says needs no table here.

const WORDS = {
  zh: {
    brand: '网上银行', language: 'English', signOut: '退出',
    navAccounts: '我的账户', navTransfer: '转账', navScheduled: '预约转账', navWealth: '理财', navMessages: '消息中心',
    navPreferences: '通知设置',
    signInTitle: '登录网上银行', phone: '手机号', password: '登录密码', signIn: '登录', signingIn: '正在登录…',
    challengeSent: '我们已向 {to} 发送验证码，请输入以完成登录。', smsCode: '短信验证码', confirm: '确认',
    demoHint: '本地演示客户：张乡情 13800000001，密码 Ebank2026',
    sessionEnded: '登录已过期（15 分钟），请重新输入密码，您填写的内容会保留。', signInAgain: '重新登录', cancel: '取消',
    signedOut: '您已安全退出。', sessionClosed: '您的登录已在别处结束，请重新登录。',
    balance: '余额', available: '可用', card: '卡号', product: '卡种', benefits: '本期免费次数',
    benefitLeft: '剩余 {left}/{of} 次（{period}）', noBenefits: '此卡没有按次免费的优惠。',
    history: '交易明细', from: '起始日期', to: '截止日期', direction: '方向', all: '全部', credit: '收入', debit: '支出',
    filter: '查询', more: '更多', noHistory: '没有符合条件的交易。', time: '时间', amount: '金额', balanceAfter: '余额',
    memo: '摘要', counterparty: '对方',
    payee: '收款人姓名', payeeAccount: '收款账号', payeeBank: '收款行行号（本行留空）', fromAccount: '付款账户',
    getQuote: '下一步', quoteTitle: '请确认转账', baseFee: '手续费（原价）', waiver: '优惠', noWaiver: '无', fee: '实收手续费',
    freeLeft: '本期剩余免费次数', expiresIn: '报价有效期', expired: '报价已过期，请重新获取。', otpNeeded: '本笔转账需要短信验证码（大额或新收款人）。',
    sendCode: '获取验证码', codeSent: '验证码已发送至预留手机。', confirmTransfer: '确认转账', back: '返回修改',
    result: '转账结果', COMPLETED: '转账成功', PENDING_CLEARING: '已提交，他行处理中', FAILED: '转账失败', PENDING: '处理中',
    transferAgain: '再转一笔', badAmount: '请输入正确的金额（最多两位小数）。', required: '请填写此项。',
    scheduleTitle: '新建预约转账', runAt: '执行时间（一次）', dayOfMonth: '每月几号', until: '截止日期（可选）',
    once: '一次', monthly: '每月', setUp: '设立预约', scheduledList: '我的预约转账', cancelSchedule: '撤销', noSchedules: '没有预约转账。',
    nextRun: '下次执行', runs: '执行记录', status: '状态', scheduledDone: '预约已设立。',
    products: '理财产品', riskLevel: '风险等级', minPurchase: '起购金额', yield: '预期年化', term: '期限', days: '{n} 天',
    daily: '每日可赎', quota: '剩余额度', onSale: '在售', opensIn: '距开售 {left}', closed: '暂停销售', nightMarket: '夜市理财',
    window: '销售时段', buy: '购买', buyTitle: '购买 {name}', seniorConfirm: '本人已年满 65 周岁，已知晓该产品风险高于 R2，自愿购买。',
    bought: '购买成功', holdings: '我的持仓', principal: '本金', remaining: '持有金额', maturity: '到期日', redeem: '赎回',
    redeemed: '赎回已受理', noHoldings: '暂无持仓。', REDEEMED: '已赎回', MATURED: '已到期兑付',
    questionnaire: '风险评估问卷', questionnaireIntro: '购买理财前需完成风险评估（有效期一年）。请按实际情况选择（1 最保守，5 最积极）。',
    question: '第 {n} 题', submitAnswers: '提交评估', assessed: '您的风险承受能力为 {level}，有效期至 {until}。',
    messages: '消息中心', live: '实时', reconnecting: '正在重新连接…', noMessages: '暂无消息。', newMessage: '新消息',
    prefsTitle: '通知设置', smsThreshold: '短信动账提醒起点金额', channels: '接收渠道', quietHours: '免打扰时段',
    marketingOptOut: '不接收营销推送', save: '保存', saved: '已保存。',
    personalNetbank: '个人网银', corporateNetbank: '企业网银', corpSignInTitle: '登录企业网银', creditCode: '统一社会信用代码',
    loginName: '操作员登录名', tokenCode: '动态令牌验证码', corpHint: '经办、复核与管理员凭密码和动态令牌当前的 6 位数字登录。',
    navCorpAccounts: '单位账户', navCorpPayments: '付款与复核', navCorpNew: '新建付款', navCorpPayroll: '代发工资',
    roleMAKER: '经办', roleCHECKER: '复核', roleADMIN: '管理员', settlementAccount: '单位结算账户', payrollPayment: '代发批次',
    approvals: '已复核 {done}/{of} 人', reason: '退回原因', approve: '复核通过', reject: '退回', waitingApproval: '待复核',
    nothingWaiting: '没有待复核的付款。', decided: '已处理', checkersNeeded: '需复核人数', submitForApproval: '提交复核',
    salary: '代发工资', pension: '代发养老金', purpose: '用途', payrollFile: '代发文件（CSV，UTF-8）', upload: '上传并校验',
    payrollHint: '文件首行为 账号,户名,金额,附言（或 account,name,amount,memo），最多 5,000 行；每行都会校验，不能入账的行会列出原因。',
    batches: '代发批次', validationReport: '校验结果', batchSummary: '共 {rows} 行：可入账 {valid} 行，不能入账 {invalid} 行，合计 {total} 元',
    duplicateFile: '该文件与之前上传的批次完全相同，请确认没有重复代发。', row: '行', why: '原因',
    ACTIVE: '生效中', FINISHED: '已结束', SETTLED: '已清算', PLACED: '已受理',
    'failure.INSUFFICIENT_FUNDS': '余额不足', 'failure.UNKNOWN_ACCOUNT': '收款账户不存在', 'failure.OVER_DAILY_LIMIT': '超过当日累计限额',
    'failure.OVER_SINGLE_LIMIT': '超过单笔限额', failedBecause: '未能完成（{reason}）',
    QUOTED: '未提交', PENDING_APPROVAL: '待复核', APPROVED: '已复核，入账中', REJECTED: '已退回', EXPIRED: '已过期',
    RETURNED: '他行退回', WITHDRAWN: '已撤回', VALIDATED: '已校验', SUBMITTED: '已提交复核', DISBURSING: '代发中', CANCELLED: '已取消',
    pressAgain: '已重新登录。动态令牌验证码只能用一次，请输入新的验证码后再按一次。',
    limitIs: '（限额 {limit} 元）', nextOpenAt: '下次开售：{at}。', minPurchaseIs: '起购金额 {min} 元。',
    stepIs: '须按 {step} 元递增。', quotaLeft: '剩余额度 {left} 元。', heldLeft: '可赎回 {left} 元。', maturesOn: '到期日 {date}。', triesLeft: '还可尝试 {n} 次。',
    lockedUntil: '登录已锁定至 {at}。', fieldsWrong: '请检查：{fields}。',
    'field.toAccountNumber': '收款账号', 'field.toName': '收款人姓名', 'field.amount': '金额', 'field.fromAccountId': '付款账户',
    'field.toBankCode': '收款行行号', 'field.memo': '附言', 'field.phone': '手机号', 'field.password': '登录密码', 'field.code': '验证码',
    'field.otp': '短信验证码', 'field.reason': '退回原因', 'field.creditCode': '统一社会信用代码', 'field.loginName': '操作员登录名',
    'field.answers': '问卷答案', 'field.smsThreshold': '短信提醒金额', 'field.quietStart': '免打扰开始', 'field.quietEnd': '免打扰结束',
    'field.dayOfMonth': '每月几号', 'field.runAt': '执行时间', 'field.until': '截止日期', 'field.file': '代发文件', 'field.purpose': '用途',
    'field.holdingId': '持仓', 'field.productCode': '产品', 'field.accountId': '账户',
    errorNetwork: '网络连接失败，请稍后重试；已提交的转账不会重复扣款。', errorUnknown: '系统繁忙，请稍后重试。', retryAfter: '请 {s} 秒后重试。',
    loading: '加载中…',
  },
  en: {
    brand: 'Netbank', language: '中文', signOut: 'Sign out',
    navAccounts: 'Accounts', navTransfer: 'Transfer', navScheduled: 'Scheduled', navWealth: 'Wealth', navMessages: 'Messages',
    navPreferences: 'Notifications',
    signInTitle: 'Sign in to netbank', phone: 'Mobile number', password: 'Password', signIn: 'Sign in', signingIn: 'Signing in…',
    challengeSent: 'We sent a code to {to}. Enter it to finish signing in.', smsCode: 'SMS code', confirm: 'Confirm',
    demoHint: 'Local demo customer: 张乡情 13800000001, password Ebank2026',
    sessionEnded: 'Your session ended after 15 minutes. Enter your password again; what you typed is kept.', signInAgain: 'Sign in again',
    cancel: 'Cancel', signedOut: 'You have signed out.', sessionClosed: 'Your session was ended elsewhere. Please sign in again.',
    balance: 'Balance', available: 'Available', card: 'Card', product: 'Card product', benefits: 'Free uses this period',
    benefitLeft: '{left} of {of} left ({period})', noBenefits: 'This card has no counted free uses.',
    history: 'History', from: 'From', to: 'To', direction: 'Direction', all: 'All', credit: 'In', debit: 'Out',
    filter: 'Search', more: 'More', noHistory: 'No transactions match.', time: 'Time', amount: 'Amount', balanceAfter: 'Balance',
    memo: 'Memo', counterparty: 'Counterparty',
    payee: 'Payee name', payeeAccount: 'Payee account number', payeeBank: 'Payee bank code (empty for ours)', fromAccount: 'From account',
    getQuote: 'Next', quoteTitle: 'Check your transfer', baseFee: 'Fee (tariff)', waiver: 'Waiver', noWaiver: 'None', fee: 'Fee to pay',
    freeLeft: 'Free uses left this period', expiresIn: 'Quote valid for', expired: 'The quote expired. Please ask again.',
    otpNeeded: 'This transfer needs an SMS code (a large amount or a new payee).', sendCode: 'Send code', codeSent: 'A code was sent to your phone.',
    confirmTransfer: 'Confirm transfer', back: 'Change', result: 'Result', COMPLETED: 'Paid', PENDING_CLEARING: 'Sent, the other bank is processing it',
    FAILED: 'Failed', PENDING: 'In progress', transferAgain: 'Another transfer', badAmount: 'Enter an amount with at most two decimals.',
    required: 'Please fill this in.',
    scheduleTitle: 'New scheduled transfer', runAt: 'Run at (once)', dayOfMonth: 'Day of the month', until: 'Until (optional)',
    once: 'Once', monthly: 'Monthly', setUp: 'Set up', scheduledList: 'My scheduled transfers', cancelSchedule: 'Cancel',
    noSchedules: 'No scheduled transfers.', nextRun: 'Next run', runs: 'Runs', status: 'Status', scheduledDone: 'Scheduled.',
    products: 'Wealth products', riskLevel: 'Risk', minPurchase: 'Minimum', yield: 'Expected yield', term: 'Term', days: '{n} days',
    daily: 'Redeem any day', quota: 'Quota left', onSale: 'On sale', opensIn: 'Opens in {left}', closed: 'Not on sale', nightMarket: 'Night market',
    window: 'Sales window', buy: 'Buy', buyTitle: 'Buy {name}', seniorConfirm: 'I am 65 or older, I understand this product is riskier than R2, and I choose to buy it.',
    bought: 'Bought', holdings: 'My holdings', principal: 'Principal', remaining: 'Holding', maturity: 'Matures', redeem: 'Redeem',
    redeemed: 'Redemption accepted', noHoldings: 'No holdings yet.', REDEEMED: 'Redeemed', MATURED: 'Matured and paid out',
    questionnaire: 'Risk questionnaire', questionnaireIntro: 'Buying wealth products needs a risk assessment (valid one year). Choose 1 (most cautious) to 5 (boldest).',
    question: 'Question {n}', submitAnswers: 'Submit', assessed: 'Your risk level is {level}, valid until {until}.',
    messages: 'Messages', live: 'Live', reconnecting: 'Reconnecting…', noMessages: 'No messages.', newMessage: 'New message',
    prefsTitle: 'Notifications', smsThreshold: 'SMS alert from amount', channels: 'Channels', quietHours: 'Quiet hours',
    marketingOptOut: 'No marketing', save: 'Save', saved: 'Saved.',
    personalNetbank: 'Personal', corporateNetbank: 'Corporate', corpSignInTitle: 'Sign in to corporate netbank',
    creditCode: 'Unified social credit code', loginName: 'Operator login', tokenCode: 'Token code',
    corpHint: 'Makers, checkers and administrators sign in with their password and the 6 digits their token shows now.',
    navCorpAccounts: 'Accounts', navCorpPayments: 'Payments and approvals', navCorpNew: 'New payment', navCorpPayroll: 'Payroll',
    roleMAKER: 'Maker', roleCHECKER: 'Checker', roleADMIN: 'Administrator', settlementAccount: 'Settlement account',
    payrollPayment: 'Payroll batch', approvals: '{done} of {of} approvals', reason: 'Reason', approve: 'Approve', reject: 'Send back',
    waitingApproval: 'Waiting for approval', nothingWaiting: 'Nothing waits for approval.', decided: 'Decided',
    checkersNeeded: 'Checkers needed', submitForApproval: 'Submit for approval', salary: 'Salaries', pension: 'Pensions',
    purpose: 'Purpose', payrollFile: 'Payroll file (CSV, UTF-8)', upload: 'Upload and check',
    payrollHint: 'The first line is account,name,amount,memo (or 账号,户名,金额,附言), at most 5,000 rows; every row is checked and those that cannot be paid are listed with why.',
    batches: 'Batches', validationReport: 'Validation report', batchSummary: '{rows} rows: {valid} to pay, {invalid} not, {total} in all',
    duplicateFile: 'This file is the very same as an earlier batch: make sure nobody is paid twice.', row: 'Row', why: 'Why',
    ACTIVE: 'Active', FINISHED: 'Finished', SETTLED: 'Settled', PLACED: 'Placed',
    'failure.INSUFFICIENT_FUNDS': 'Not enough money on the card', 'failure.UNKNOWN_ACCOUNT': 'No such payee account',
    'failure.OVER_DAILY_LIMIT': 'Over the daily limit', 'failure.OVER_SINGLE_LIMIT': 'Over the single-transfer limit',
    failedBecause: 'Not done ({reason})',
    QUOTED: 'Not submitted', PENDING_APPROVAL: 'Waiting for approval', APPROVED: 'Approved, being posted', REJECTED: 'Sent back',
    EXPIRED: 'Expired', RETURNED: 'Returned by the other bank', WITHDRAWN: 'Withdrawn', VALIDATED: 'Checked', SUBMITTED: 'Submitted',
    DISBURSING: 'Paying out', CANCELLED: 'Cancelled',
    pressAgain: 'Signed in again. A token code works once: enter the new one and press again.',
    limitIs: '(limit {limit})', nextOpenAt: 'Next on sale: {at}.', minPurchaseIs: 'The minimum is {min}.',
    stepIs: 'In steps of {step}.', quotaLeft: '{left} of the quota is left.', heldLeft: 'You hold {left} to redeem.',
    maturesOn: 'It matures on {date}.', triesLeft: '{n} tries left.',
    lockedUntil: 'Sign-in is locked until {at}.', fieldsWrong: 'Please check: {fields}.',
    'field.toAccountNumber': 'payee account number', 'field.toName': 'payee name', 'field.amount': 'amount', 'field.fromAccountId': 'from account',
    'field.toBankCode': 'payee bank code', 'field.memo': 'memo', 'field.phone': 'mobile number', 'field.password': 'password', 'field.code': 'code',
    'field.otp': 'SMS code', 'field.reason': 'reason', 'field.creditCode': 'credit code', 'field.loginName': 'operator login',
    'field.answers': 'answers', 'field.smsThreshold': 'SMS alert amount', 'field.quietStart': 'quiet hours start', 'field.quietEnd': 'quiet hours end',
    'field.dayOfMonth': 'day of the month', 'field.runAt': 'run at', 'field.until': 'until', 'field.file': 'payroll file', 'field.purpose': 'purpose',
    'field.holdingId': 'holding', 'field.productCode': 'product', 'field.accountId': 'account',
    errorNetwork: 'The network failed. Try again in a moment; a transfer already sent is never charged twice.',
    errorUnknown: 'The bank is busy. Please try again in a moment.', retryAfter: 'Try again in {s} s.',
    loading: 'Loading…',
  },
};

// Chinese unless the customer chose English here before (the choice is kept in this browser: it is not a secret)
let language = localStorage.getItem('ebank.language') === 'en' ? 'en' : 'zh';

export function currentLanguage() {
  return language;
}

export function setLanguage(chosen) {
  language = chosen === 'en' ? 'en' : 'zh';
  localStorage.setItem('ebank.language', language);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
}

/** The word for key, with {name} replaced from values. */
export function t(key, values = {}) {
  const text = WORDS[language][key] ?? WORDS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** What the API's Accept-Language should be. */
export function acceptLanguage() {
  return language === 'en' ? 'en' : 'zh-CN';
}
