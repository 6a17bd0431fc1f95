/** Class/id and tag hints: generic words that sites use for content and for page furniture. */

/** Containers whose text is not article text (matched against lower-case "class id"). */
export const NEGATIVE =
  /(?:^|[\s_-])(?:comments?|commentlist|disqus|respond|replies|related|relacionad\w*|recommend\w*|more-?stories|most-?(?:read|popular)|popular|trending|outbrain|taboola|promo\w*|sponsor\w*|advert\w*|ads?|adslot|ad-?unit|ad-?container|banner|share|sharing|social|sns|follow|newsletter|subscri\w*|signup|sign-up|paywall|footer|foot|sidebar|side-?bar|widget|breadcrumbs?|nav|navbar|navigation|menu|masthead|skip|tags?|tagcloud|keywords|author-?bio|byline|meta|timestamp|dateline|print|toolbar|tools|pagination|pager|rating|cookie|consent|modal|popup|read-?more|see-?also|also-?read|teaser|card-?list|caption|credit|shoutbox|login|jump)(?:$|[\s_-])/;

/** Furniture words that are safe to match anywhere inside a class name (e.g. "imageEmbedCaption"). */
export const NEGATIVE_ANYWHERE =
  /caption|credit|byline|newsletter|sidebar|outbrain|taboola|disqus|breadcrumb|advert|sponsor|related|social|subscri|footer|share|promo/;

/** Containers that hold the article body. */
export const POSITIVE =
  /(?:^|[\s_-])(?:article-?body|articlebody|article-?content|article-?text|articletext|story-?body|storybody|story-?content|story-?text|post-?body|post-?content|postbody|entry-?content|entry-?body|body-?text|bodytext|main-?content|content-?body|text-?body|rich-?text|richtext|article|story|content|entry|post|text|body|main|prose)(?:$|[\s_-])/;

/** Body-container names strong enough to overrule a furniture word in the same class list. */
export const POSITIVE_STRONG =
  /article[-_]?body|story[-_]?body|post[-_]?body|entry[-_]?content|article[-_]?content|main[-_]?content|article[-_]?text|story[-_]?text|body[-_]?text|post[-_]?content|rich[-_]?text/;

/** Inline elements with these names are captions or credits, not part of the sentence around them. */
export const CAPTION_HINT = /caption|credit/;

/** Whole class names that hide an element or mark an overlay (matched as complete tokens only). */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|d-none|invisible|overlay|modal)(?:$|\s)/;

/** Reader comments: a page made only of these has no article. */
export const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|comment-?list|disqus|replies|respond)(?:$|[\s_-])/;

/** Landmark tags that never hold the article text. */
export const NOISE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'header']);
