//! Escaping for the two places text goes into the page: HTML markup, and
//! JSON inside `<script type="application/json">`.

use std::fmt::Write as _;

use serde::Serialize;

/// `s` safe as HTML text or a quoted attribute value.
pub(crate) fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `value` as JSON that cannot end its `<script>` element or open a comment:
/// `<`, `>` and `&` become `\u` escapes (they only occur inside JSON
/// strings, so this stays the same JSON), and so do U+2028/9, which old
/// JavaScript parsers take for line ends.
pub(crate) fn script_json<T: Serialize + ?Sized>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("report data serialises");
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(html("Київ — ok"), "Київ — ok");
    }

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let text = "a</script><script>alert(1)</script><!-- & \u{2028}\u{2029} b";
        let out = script_json(&serde_json::json!({ "t": text }));
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!out.contains(bad), "{bad:?} left in {out}");
        }
        assert!(out.contains(r"\u003c/script\u003e"));
        // Still the same JSON.
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["t"], text);
    }
}
