// The page's words in Chinese (the default) and English. The API answers errors and messages in the language the page
// asks for (Accept-Language), so what it says needs no table here.

const WORDS = {
  zh: {
    brand: '网上银行', language: 'English', signOut: '退出',
    navAccounts: '我的账户', navTransfer: '转账', navScheduled: '预约转账', navWealth: '理财', navMessages: '消息中心',
    navPreferences: '通知设置', navCorporate: '企业网银',
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
    corporateTitle: '企业网银',
    corporateText: '企业客户的操作员（经办、复核、管理员）使用企业网银渠道登录，凭动态令牌复核付款、上传代发工资文件。企业网银页面将在此处提供；接口已经可用（/api/v1/corporate/…，见 API 文档）。',
    limitIs: '（限额 {limit} 元）',
    errorNetwork: '网络连接失败，请稍后重试；已提交的转账不会重复扣款。', errorUnknown: '系统繁忙，请稍后重试。', retryAfter: '请 {s} 秒后重试。',
    loading: '加载中…',
  },
  en: {
    brand: 'Netbank', language: '中文', signOut: 'Sign out',
    navAccounts: 'Accounts', navTransfer: 'Transfer', navScheduled: 'Scheduled', navWealth: 'Wealth', navMessages: 'Messages',
    navPreferences: 'Notifications', navCorporate: 'Corporate',
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
    corporateTitle: 'Corporate netbank',
    corporateText: 'Corporate operators (makers, checkers, administrators) sign in on the corporate netbank channel and approve payments and payroll files with their token codes. Their pages will be here; the API is ready (/api/v1/corporate/…, see the API document).',
    limitIs: ' (limit {limit})',
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
