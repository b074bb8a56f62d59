// Markers of page furniture on Chinese news and government sites. Patterns are
// tested against one trimmed line at a time (lines longer than LINE_MAX are
// never boilerplate), so every quantifier here is bounded or single-level.
import type { BoilerplateKind } from '../../types.js';

/** Longer lines are running text: no site furniture is that long. */
export const LINE_MAX = 160;
/** Share/follow and page-tool footers are short. */
export const FOOTER_MAX = 40;

export interface LineRule {
  kind: BoilerplateKind;
  pattern: RegExp;
  /** only lines up to this many UTF-16 units */
  maxLength?: number;
}

export const NAVIGATION_RULES: LineRule[] = [
  // 当前位置:看浙里 > / 您现在的位置：首页 > 新闻
  { kind: 'navigation', pattern: /^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|您所在的位置|所在位置|现在位置|当前页面)\s*[:：]/ },
  // 首页 > 新闻中心 > 正文
  { kind: 'navigation', pattern: /^(?:首页|主页|网站首页)\s*[>＞»›]/ },
];

/** Separators of a breadcrumb trail; a short line with two or more is navigation. */
export const CRUMB_SEPARATORS = new Set(['>', '＞', '»', '›']);
export const CRUMB_MAX = 80;

/** Separators of a site menu: 首页 | 政务公开 | 政务服务 | 互动交流. */
export const MENU_SEPARATORS = /\s*[|｜丨]\s*/;
/** A menu has at least this many items, each short. */
export const MENU_MIN_ITEMS = 3;
export const MENU_ITEM_MAX = 10;

export const EDITOR_RULES: LineRule[] = [
  {
    kind: 'editor',
    pattern:
      /^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|审稿|终审|初审|复审|二审|三审|值班编辑|本期编辑|网络编辑|编审|监制|统筹|美编|签发)\s*[:：]/,
  },
];

/** Lines that open a copyright / reprint / disclaimer block. */
export const COPYRIGHT_OPENERS: RegExp[] = [
  /^[【\[]?(?:免责声明|版权声明|特别声明|郑重声明|法律声明|声明)[】\]]?\s*[:：]?$/,
  /^(?:免责声明|版权声明|特别声明|郑重声明|法律声明)\s*[:：]/,
  /^本作品/,
];

/**
 * Lines that open a list of links to other articles at the end of a page;
 * the short lines after them are link titles, not body.
 */
export const RELATED_OPENERS: RegExp[] = [
  /^[【\[]?(?:相关新闻|相关阅读|相关文章|相关链接|相关报道|延伸阅读|推荐阅读|热点推荐|猜你喜欢|热门文章|往期回顾)[】\]]?\s*[:：]?$/,
];

/** Copyright and reprint notices on one line, wherever they stand. */
export const COPYRIGHT_RULES: LineRule[] = [
  { kind: 'copyright', pattern: /版权所有|Copyright|©|\(C\)\s*\d{4}|All Rights Reserved/i },
  { kind: 'copyright', pattern: /转载请注明|转载须注明|转载务必注明|禁止转载|谢绝转载|不得转载|如需转载/ },
  { kind: 'copyright', pattern: /未经.{0,12}(?:授权|许可|允许|同意).{0,12}(?:转载|复制|镜像|使用|摘编|链接)/ },
  { kind: 'copyright', pattern: /不代表本(?:网|站|报|平台|号)|本(?:网|站)(?:所有|原创|不承担)/ },
  { kind: 'copyright', pattern: /^(?:ICP备|[京沪粤浙苏鲁川湘鄂豫冀晋辽吉黑皖闽赣桂琼渝贵云藏陕甘青宁新蒙津]ICP)/ },
];

/** Share / follow / page-tool footers (only on short lines). */
export const FOOTER_RULES: LineRule[] = [
  {
    kind: 'footer',
    pattern:
      /官方微博|微信公众号|官方微信|扫一扫|扫描二维码|扫码关注|分享到|一键分享|返回顶部|回到顶部|打印本页|打印此页|关闭窗口|关闭本页|加入收藏|设为首页|网站地图|联系我们|上一篇|下一篇|相关阅读|相关新闻|推荐阅读|【(?:打印|关闭|收藏|字号|大|中|小)】/,
    maxLength: FOOTER_MAX,
  },
  { kind: 'footer', pattern: /^(?:top|返回|打印|关闭|收藏|分享|点赞|评论)$/i, maxLength: FOOTER_MAX },
  // Hong Kong / Macao government releases end with 完 (end), the release date
  // with its weekday and the time: metadata wherever they stand
  { kind: 'footer', pattern: /^[（(]?(?:完|全文完)[)）]?$/, maxLength: FOOTER_MAX },
  { kind: 'meta', pattern: /^[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日\s*[（(]\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]$/, maxLength: FOOTER_MAX },
  { kind: 'meta', pattern: /^(?:香港|澳门|北京)时间\s*[\d０-９]{1,2}\s*[时:：]\s*[\d０-９]{1,2}\s*分?$/, maxLength: FOOTER_MAX },
  // 某某更多相关新闻: a link to the outlet's topic page
  { kind: 'footer', pattern: /更多(?:相关|相關)?(?:新闻|新聞|报道|報道|文章)$/, maxLength: FOOTER_MAX },
];

/**
 * Appeals to subscribe or support the outlet at the end of a page (請加入成為
 * 眾新聞的月費訂戶…): from the first of them on, the page is furniture.
 * Traditional forms beside Simplified ones: Hong Kong and Taiwan outlets.
 */
export const SUPPORT_APPEALS: RegExp[] = [
  /(?:加入|成为|成為|欢迎|歡迎).{0,12}(?:订户|訂戶|会员|會員)/,
  /(?:支持|赞赏|贊賞|打赏|打賞)(?:我们|我們)的(?:工作|报道|報道|新闻|新聞)/,
  /(?:订阅|訂閱)(?:我们|我們|本报|本報|本刊)/,
];
/** An appeal line is short. */
export const APPEAL_MAX = 80;
