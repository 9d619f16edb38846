/**
 * The one table of what users read when something fails. The API answers with stable codes
 * (`{error:{code,message}}`, and `errorCode` on a failed job) and English messages for
 * developers; the UI never shows those: each code maps to a Persian sentence that says what
 * to do, and to whether trying again can help (a damaged PDF stays damaged; a dropped
 * connection may not).
 */
import type { ExtractErrorCode } from '@sanad/ingest/extract/errors.ts';

export interface ErrorText {
  /** Persian, for the user: what happened and what to do. */
  message: string;
  /** Whether the same action can succeed later (transient) — the UI offers «تلاش دوباره» only then. */
  retry: boolean;
}

const permanent = (message: string): ErrorText => ({ message, retry: false });
const transient = (message: string): ErrorText => ({ message, retry: true });

const TOO_LARGE = permanent(
  'پرونده از اندازهٔ مجاز بزرگ‌تر است. آن را به چند پرونده تقسیم کنید یا با کیفیت کمتر (۳۰۰ نقطه در اینچ) اسکن کنید.',
);
const BAD_UPLOAD = transient('درخواست بارگذاری ناقص به سرور رسید. صفحه را تازه کنید و پرونده را دوباره بفرستید.');
const STOPPED = transient('پردازش این پرونده متوقف شد. دوباره تلاش کنید.');
const UNSUPPORTED = permanent(
  'سند این نوع پرونده را نمی‌خواند. پروندهٔ PDF، تصویر (PNG، JPEG، TIFF یا WebP)، Word (docx)، صفحهٔ HTML یا متن بارگذاری کنید.',
);

export const ERROR_MESSAGES = {
  // ------------------------------------------------------------- a file that cannot be read
  unsupported_type: UNSUPPORTED,
  unsupported: UNSUPPORTED,
  empty_file: permanent('پرونده خالی است. پروندهٔ درست را دوباره انتخاب کنید.'),
  corrupt_pdf: permanent(
    'پروندهٔ PDF آسیب‌دیده یا ناقص است و باز نمی‌شود. آن را دوباره از منبع دریافت یا ذخیره کنید و سپس بارگذاری کنید.',
  ),
  encrypted_pdf: permanent('پروندهٔ PDF گذرواژه دارد. گذرواژه را بردارید و دوباره بارگذاری کنید.'),
  corrupt_image: permanent(
    'تصویر آسیب‌دیده است یا قالب آن خوانده نمی‌شود. دوباره اسکن کنید یا آن را با قالب PNG یا JPEG ذخیره کنید.',
  ),
  corrupt_docx: permanent(
    'پروندهٔ Word آسیب‌دیده است یا docx معتبر نیست. آن را در Word باز کنید، با قالب docx ذخیره کنید و دوباره بفرستید.',
  ),
  too_large: TOO_LARGE,
  file_too_large: TOO_LARGE,
  payload_too_large: TOO_LARGE,
  image_too_large: permanent('ابعاد تصویر بیش از حد بزرگ است. آن را با ۳۰۰ نقطه در اینچ اسکن کنید و دوباره بفرستید.'),
  too_many_pages: permanent('شمار صفحه‌های این پرونده از حد مجاز بیشتر است. آن را به چند پرونده تقسیم کنید.'),
  html_too_large: permanent('صفحهٔ HTML بیش از حد بزرگ است. فقط متن خبر را ذخیره کنید و آن را بفرستید.'),
  html_too_many_elements: permanent('صفحهٔ HTML بیش از حد پیچیده است. فقط متن خبر را ذخیره کنید و آن را بفرستید.'),
  docx_too_large: permanent('پروندهٔ Word پس از باز شدن بیش از حد بزرگ است. آن را به PDF تبدیل کنید و بفرستید.'),
  no_text: permanent(
    'در این پرونده متنی خوانده نشد (صفحهٔ سفید یا اسکن ناخوانا). اسکن واضح‌تری با ۳۰۰ نقطه در اینچ بارگذاری کنید.',
  ),
  unreadable_scan: permanent(
    'صفحه‌های این پرونده نوشته دارند اما متن هیچ‌کدام خوانده نشد (تار، بسیار ریز یا کم‌رنگ). پروندهٔ اصلی نگه داشته شد؛ آن را با ۳۰۰ نقطه در اینچ دوباره اسکن و بارگذاری کنید.',
  ),
  not_a_file: permanent('این مسیر یک پرونده نیست. خود پرونده را انتخاب کنید.'),
  too_many_files: permanent('شمار پرونده‌ها در یک درخواست زیاد است. آن‌ها را در چند نوبت بفرستید.'),
  too_many_parts: BAD_UPLOAD,
  too_many_fields: BAD_UPLOAD,
  unexpected_field: BAD_UPLOAD,
  bad_multipart: BAD_UPLOAD,
  memory_limit: permanent(
    'پردازش این پرونده بیش از حافظهٔ مجاز لازم داشت. آن را به چند پرونده تقسیم کنید یا با ۳۰۰ نقطه در اینچ اسکن کنید.',
  ),
  time_limit: permanent(
    'پردازش این پرونده بیش از زمان مجاز طول کشید. آن را به چند پرونده تقسیم کنید یا نسخهٔ واضح‌تری بفرستید.',
  ),
  // ------------------------------------------------------------- work that stopped or may succeed later
  worker_crashed: transient(
    'پردازش این پرونده ناگهان متوقف شد. دوباره تلاش کنید و اگر تکرار شد به مدیر سامانه خبر دهید.',
  ),
  aborted: STOPPED,
  cancelled: STOPPED,
  interrupted: transient(
    'پردازش این پرونده چند بار نیمه‌کاره ماند (سرور در میانهٔ کار خاموش شد). دوباره تلاش کنید و اگر نشد به مدیر سامانه خبر دهید.',
  ),
  original_missing: transient('پروندهٔ اصلی در بایگانی پیدا نشد. آن را دوباره بارگذاری کنید.'),
  internal_error: transient('در سامانه خطایی رخ داد. کمی بعد دوباره تلاش کنید و اگر تکرار شد به مدیر سامانه خبر دهید.'),
  rate_limited: transient('درخواست‌ها بیش از حد زیاد بود. یک دقیقه صبر کنید و دوباره تلاش کنید.'),
  unavailable: transient('ارتباط با سرور برقرار نشد. اتصال را بررسی کنید و دوباره تلاش کنید.'),
  search_unavailable: transient('جست‌وجو هنوز آماده نیست یا پاسخ نمی‌دهد. چند لحظه بعد دوباره تلاش کنید.'),
  precondition_failed: transient('پرونده در این میان تغییر کرد. صفحه را تازه کنید و دوباره تلاش کنید.'),
  range_not_satisfiable: transient('بخشی از پرونده که خواسته شد در دسترس نیست. صفحه را تازه کنید.'),
  corrupt_record: permanent('اطلاعات این سند در بایگانی آسیب دیده است. به مدیر سامانه خبر دهید.'),
  job_finished: permanent('پردازش این پرونده پیش‌تر تمام شده است.'),
  headers_too_large: permanent('نشانی یا درخواست بیش از حد بلند است. عبارت جست‌وجو را کوتاه‌تر کنید.'),
  request_timeout: transient('درخواست دیر به سرور رسید. اتصال را بررسی کنید و دوباره تلاش کنید.'),
  // ------------------------------------------------------------- credentials
  unauthorized: permanent('برای این کار توکن لازم است. توکن را وارد کنید.'),
  invalid_token: permanent('توکن پذیرفته نشد. توکن درست را وارد کنید.'),
  forbidden: permanent('این توکن اجازهٔ این کار را ندارد. توکن مدیر را وارد کنید.'),
  // ------------------------------------------------------------- requests
  not_found: permanent('آنچه خواستید پیدا نشد. نشانی را بررسی کنید یا از صفحهٔ جست‌وجو دوباره شروع کنید.'),
  bad_request: permanent('درخواست معتبر نبود. مقدارهای واردشده را بررسی کنید.'),
  bad_query: permanent('عبارت جست‌وجو خوانده نشد. آن را ساده‌تر بنویسید، مثلاً بدون نشانه‌های ویژه.'),
} as const satisfies Record<string, ErrorText>;

export type KnownErrorCode = keyof typeof ERROR_MESSAGES;

// Every code an extract adapter can fail with has a sentence (a new code fails the type check here).
type MissingExtractCodes = Exclude<ExtractErrorCode, KnownErrorCode>;
const everyExtractCode: [MissingExtractCodes] extends [never] ? true : MissingExtractCodes = true;
void everyExtractCode;

/**
 * What to tell the user for an API error code. `status` (HTTP, 0 when the server was not
 * reached) decides for codes this table does not know: a client error will not go away by
 * itself, anything else might.
 */
export function errorText(code: string | null | undefined, status?: number): ErrorText {
  if (code && Object.hasOwn(ERROR_MESSAGES, code)) return ERROR_MESSAGES[code as KnownErrorCode];
  if (status === 0) return ERROR_MESSAGES.unavailable;
  if (status === 401) return ERROR_MESSAGES.unauthorized;
  if (status === 403) return ERROR_MESSAGES.forbidden;
  if (status === 404) return ERROR_MESSAGES.not_found;
  if (status === 413) return TOO_LARGE;
  if (status === 429) return ERROR_MESSAGES.rate_limited;
  const permanentStatus = status !== undefined && status >= 400 && status < 500;
  return {
    message: permanentStatus
      ? 'این کار انجام نشد. ورودی را بررسی کنید و اگر مشکل ماند به مدیر سامانه خبر دهید.'
      : 'این کار انجام نشد. کمی بعد دوباره تلاش کنید و اگر تکرار شد به مدیر سامانه خبر دهید.',
    retry: !permanentStatus,
  };
}
