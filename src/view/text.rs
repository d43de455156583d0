//! An article's stored text as HTML with its regions (evidence sentences,
//! boilerplate, mentions) wrapped in elements at their char offsets.
//!
//! Regions may nest ("Sam Altman" inside "Sam Altman's company") or cross (a
//! boilerplate region over part of a sentence); crossing regions are split
//! into several elements so the HTML stays well formed. Every piece of text is
//! escaped here; the tags come from [`Region::open`], built by the caller with
//! escaped attributes.

use std::cmp::Reverse;

/// A region of the text: char offsets `start..end` and its opening tag.
pub struct Region {
    pub start: usize,
    pub end: usize,
    /// Among regions with the same offsets, lower ranks wrap higher ones.
    pub rank: u8,
    /// The whole opening tag, attributes already escaped.
    pub open: String,
    /// The closing tag, e.g. `</mark>`.
    pub close: &'static str,
}

/// Writes `text` with `regions` as HTML. Regions that are empty or that reach
/// past the text are left out (a report read from a file may hold any offsets).
pub fn render(text: &str, mut regions: Vec<Region>, out: &mut String) {
    // Byte offset of every char, and of the end.
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let chars = bytes.len() - 1;
    regions.retain(|r| r.start < r.end && r.end <= chars);
    regions.sort_by_key(|r| (r.start, Reverse(r.end), r.rank));
    let mut bounds: Vec<usize> = regions.iter().flat_map(|r| [r.start, r.end]).chain([chars]).collect();
    bounds.sort_unstable();
    bounds.dedup();

    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut pos = 0;
    for b in bounds {
        escape(&text[bytes[pos]..bytes[b]], out);
        pos = b;
        if let Some(lowest) = stack.iter().position(|&i| regions[i].end <= b) {
            // Close from the innermost down to the lowest region ending here,
            // then reopen the ones that go on.
            for &i in stack[lowest..].iter().rev() {
                out.push_str(regions[i].close);
            }
            let reopen: Vec<usize> = stack.drain(lowest..).filter(|&i| regions[i].end > b).collect();
            for i in reopen {
                out.push_str(&regions[i].open);
                stack.push(i);
            }
        }
        while next < regions.len() && regions[next].start == b {
            out.push_str(&regions[next].open);
            stack.push(next);
            next += 1;
        }
    }
}

/// HTML-escapes text (and attribute values: the quote is escaped too).
pub fn escape(s: &str, out: &mut String) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = maud::Escaper::new(out).write_str(s);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(start: usize, end: usize, rank: u8, tag: &'static str) -> Region {
        Region {
            start,
            end,
            rank,
            open: format!("<{tag}>"),
            close: match tag {
                "a" => "</a>",
                "b" => "</b>",
                _ => "</c>",
            },
        }
    }

    fn html(text: &str, regions: Vec<Region>) -> String {
        let mut out = String::new();
        render(text, regions, &mut out);
        out
    }

    #[test]
    fn nested_regions_nest_and_text_is_escaped() {
        // "Sam Altman’s company <x>": a person inside an organization, chars not bytes.
        let text = "Sam Altman\u{2019}s company <x>";
        let out = html(text, vec![region(0, 10, 2, "b"), region(0, 20, 2, "a")]);
        assert_eq!(out, "<a><b>Sam Altman</b>\u{2019}s company</a> &lt;x&gt;");
    }

    #[test]
    fn crossing_regions_are_split_and_stay_well_formed() {
        let out = html("abcdef", vec![region(0, 4, 0, "a"), region(2, 6, 1, "b")]);
        assert_eq!(out, "<a>ab<b>cd</b></a><b>ef</b>");
    }

    #[test]
    fn same_offsets_wrap_by_rank_and_bad_offsets_are_left_out() {
        let out = html(
            "one two",
            vec![
                region(4, 7, 2, "b"),
                region(4, 7, 0, "a"),
                region(3, 3, 0, "c"),
                region(5, 99, 0, "c"),
            ],
        );
        assert_eq!(out, "one <a><b>two</b></a>");
    }

    proptest::proptest! {
        /// Whatever the regions, the text comes out whole and escaped, every region's
        /// elements cover exactly its chars, and the tags nest.
        #[test]
        fn any_regions_give_well_formed_html_of_the_whole_text(
            text in "[a-z<>&\"é’ ]{0,40}",
            spans in proptest::collection::vec((0usize..45, 0usize..45, 0u8..3), 0..8),
        ) {
            let regions: Vec<Region> = spans
                .iter()
                .enumerate()
                .map(|(i, &(a, b, rank))| Region {
                    start: a.min(b),
                    end: a.max(b),
                    rank,
                    open: format!("<i{i}>"),
                    close: ["</i0>", "</i1>", "</i2>", "</i3>", "</i4>", "</i5>", "</i6>", "</i7>"][i],
                })
                .collect();
            let mut out = String::new();
            render(&text, regions, &mut out);
            let chars = text.chars().count();
            let mut stack: Vec<usize> = Vec::new();
            let mut plain = String::new();
            let mut covered: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
            let mut rest = out.as_str();
            while !rest.is_empty() {
                if let Some(tag) = rest.strip_prefix('<') {
                    let end = tag.find('>').unwrap();
                    let (closing, n) = match tag[..end].strip_prefix('/') {
                        Some(n) => (true, n),
                        None => (false, &tag[..end]),
                    };
                    let i: usize = n[1..].parse().unwrap();
                    if closing {
                        proptest::prop_assert_eq!(stack.pop(), Some(i));
                    } else {
                        stack.push(i);
                    }
                    rest = &tag[end + 1..];
                } else {
                    let next = rest.find('<').unwrap_or(rest.len());
                    let piece = rest[..next].replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
                    proptest::prop_assert!(!rest[..next].contains('"') && !rest[..next].contains('>'));
                    let at = plain.chars().count();
                    for k in at..at + piece.chars().count() {
                        for &i in &stack {
                            covered[i].push(k);
                        }
                    }
                    plain.push_str(&piece);
                    rest = &rest[next..];
                }
            }
            proptest::prop_assert!(stack.is_empty());
            proptest::prop_assert_eq!(&plain, &text);
            for (i, &(a, b, _)) in spans.iter().enumerate() {
                let (start, end) = (a.min(b), a.max(b));
                let expected: Vec<usize> = if start < end && end <= chars { (start..end).collect() } else { Vec::new() };
                proptest::prop_assert_eq!(&covered[i], &expected, "region {}", i);
            }
        }
    }
}
