//! The byte trie of the organization name patterns, compiled by `build.rs`
//! and walked from word starts only.
//!
//! A name starts a word, so the names of a text are the patterns that are
//! prefixes of the text at some word start: walking a trie there reads a few
//! bytes per word near the root (which stays in cache), where an Aho-Corasick
//! automaton over ~8,000 names stepped through every byte of the text with a
//! cache miss each (that scan was the largest cost of the organizations).
//!
//! Layout, breadth first: node 0 is the root; the children of a node are
//! consecutive nodes ordered by byte, so the child reached by edge `j` is node
//! `j + 1`. Serialized as little-endian `u32`s: the node count `n`, `first`
//! (`n + 1` entries: node `i`'s edges are `first[i]..first[i + 1]`), `value`
//! (`n` entries: the pattern ending at the node, or `u32::MAX`), then the
//! `n - 1` edge bytes.

/// No pattern ends at the node.
const NONE: u32 = u32::MAX;

/// Serializes the trie of `patterns`, which must be sorted (bytewise) and
/// unique; the node where `patterns[i]` ends has value `values[i]`.
pub fn serialize(patterns: &[String], values: &[u32]) -> Vec<u8> {
    let mut first: Vec<u32> = Vec::new();
    let mut value: Vec<u32> = Vec::new();
    let mut labels: Vec<u8> = Vec::new();
    // (patterns lo..hi sharing the node's prefix, its depth), in node order.
    let mut queue = std::collections::VecDeque::from([(0, patterns.len(), 0)]);
    while let Some((lo, hi, depth)) = queue.pop_front() {
        first.push(labels.len() as u32);
        let mut i = lo;
        // Sorted: the pattern equal to the prefix comes before its extensions.
        if i < hi && patterns[i].len() == depth {
            value.push(values[i]);
            i += 1;
        } else {
            value.push(NONE);
        }
        while i < hi {
            let byte = patterns[i].as_bytes()[depth];
            let j = i + patterns[i..hi].partition_point(|p| p.as_bytes()[depth] == byte);
            labels.push(byte);
            queue.push_back((i, j, depth + 1));
            i = j;
        }
    }
    first.push(labels.len() as u32);
    let mut out = Vec::with_capacity(4 * (1 + first.len() + value.len()) + labels.len());
    out.extend((value.len() as u32).to_le_bytes());
    for v in first.iter().chain(&value) {
        out.extend(v.to_le_bytes());
    }
    out.extend(labels);
    out
}

pub struct Trie {
    first: Vec<u32>,
    value: Vec<u32>,
    labels: Vec<u8>,
    /// The root's child per byte (0: none), so the first step costs one load.
    root: [u32; 256],
}

impl Trie {
    /// Reads [`serialize`]'s output; `None` when it is not well formed.
    pub fn deserialize(bytes: &[u8]) -> Option<Self> {
        let word = |i: usize| -> Option<u32> {
            let b = bytes.get(4 * i..4 * i + 4)?;
            Some(u32::from_le_bytes(b.try_into().ok()?))
        };
        let n = word(0)? as usize;
        let first = (1..n + 2).map(word).collect::<Option<Vec<u32>>>()?;
        let value = (n + 2..2 * n + 2).map(word).collect::<Option<Vec<u32>>>()?;
        let labels = bytes.get(4 * (2 * n + 2)..)?.to_vec();
        // Every edge leads to a node and every node's edges lie in `labels`.
        let sound = n >= 1
            && labels.len() == n - 1
            && first.windows(2).all(|w| w[0] <= w[1])
            && first.last() == Some(&(labels.len() as u32));
        if !sound {
            return None;
        }
        let mut root = [0; 256];
        for j in first[0]..first[1] {
            root[labels[j as usize] as usize] = j + 1;
        }
        Some(Self {
            first,
            value,
            labels,
            root,
        })
    }

    /// Whether some pattern starts with `byte` (ASCII-lower-cased).
    pub fn starts_with_byte(&self, byte: u8) -> bool {
        self.root[byte.to_ascii_lowercase() as usize] != 0
    }

    /// Calls `hit(len, pattern)` for every pattern equal to the ASCII-lower-cased
    /// first `len` bytes of `text`, shortest first.
    pub fn prefixes_of(&self, text: &[u8], mut hit: impl FnMut(usize, u32)) {
        let Some(&b) = text.first() else { return };
        let mut node = self.root[b.to_ascii_lowercase() as usize] as usize;
        let mut len = 1;
        while node != 0 {
            let v = self.value[node];
            if v != NONE {
                hit(len, v);
            }
            let Some(&b) = text.get(len) else { return };
            let b = b.to_ascii_lowercase();
            let (lo, hi) = (self.first[node] as usize, self.first[node + 1] as usize);
            node = self.labels[lo..hi]
                .iter()
                .position(|&l| l == b)
                .map_or(0, |k| lo + k + 1);
            len += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(trie: &Trie, text: &str) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        trie.prefixes_of(text.as_bytes(), |len, p| out.push((len, p)));
        out
    }

    #[test]
    fn finds_every_pattern_that_prefixes_the_text_in_any_ascii_case() {
        let patterns: Vec<String> = ["a", "ab", "abc d", "b", "bank of x", "é"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let values: Vec<u32> = (0..patterns.len() as u32).collect();
        let trie = Trie::deserialize(&serialize(&patterns, &values)).unwrap();
        assert_eq!(hits(&trie, "ABC Daily"), vec![(1, 0), (2, 1), (5, 2)]);
        assert_eq!(hits(&trie, "Bank of Xyz"), vec![(1, 3), (9, 4)]);
        assert_eq!(hits(&trie, "bank of y"), vec![(1, 3)]);
        assert_eq!(hits(&trie, "éa"), vec![(2, 5)]);
        assert_eq!(hits(&trie, "c"), vec![]);
        assert_eq!(hits(&trie, ""), vec![]);
        assert!(trie.starts_with_byte(b'B') && !trie.starts_with_byte(b' '));
    }

    #[test]
    fn broken_bytes_are_refused() {
        let bytes = serialize(&["ab".to_string()], &[7]);
        assert!(Trie::deserialize(&bytes).is_some());
        assert!(Trie::deserialize(&bytes[..bytes.len() - 1]).is_none());
        assert!(Trie::deserialize(&[]).is_none());
        assert!(Trie::deserialize(&[0, 0, 0, 0]).is_none());
    }
}
