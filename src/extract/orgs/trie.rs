//! The byte trie of the organization name patterns, compiled by `build.rs`
//! and walked from word starts only.
//!
//! A name starts a word, so the names of a text are the patterns that are
//! prefixes of the text at some word start: walking a trie there reads a few
//! bytes per word near the root (which stays in cache), where an Aho-Corasick
//! automaton over ~8,000 names stepped through every byte of the text with a
//! cache miss each (that scan was the largest cost of the organizations).
//!
//! Layout: a double array. Slot 0 is the root; the child of the node at slot
//! `s` by byte `b` is slot `t = base[s] + b` when `check[t] == s`, so each
//! step is two loads. Serialized as little-endian `u32`s: the slot count `n`,
//! then `base`, `check` and `value` (`n` entries each; `value` is the pattern
//! ending at the slot, or `u32::MAX`).

/// No pattern ends at the slot; no node owns the slot.
const NONE: u32 = u32::MAX;

/// Serializes the trie of `patterns`, which must be sorted (bytewise) and
/// unique; the node where `patterns[i]` ends has value `values[i]`.
pub fn serialize(patterns: &[String], values: &[u32]) -> Vec<u8> {
    let mut base: Vec<u32> = vec![0];
    let mut check: Vec<u32> = vec![NONE];
    let mut value: Vec<u32> = vec![NONE];
    // Nodes to place children for: (slot, patterns lo..hi sharing its prefix, depth).
    let mut queue = std::collections::VecDeque::from([(0usize, 0, patterns.len(), 0)]);
    // next[t] == t: slot t is free; else a slot to look from for the next free
    // one (path-compressed), so the search for a base skips taken slots.
    let mut next: Vec<usize> = vec![1];
    let free_from = |next: &mut Vec<usize>, from: usize| {
        let mut t = from;
        while t < next.len() && next[t] != t {
            t = next[t];
        }
        let mut u = from;
        while u < next.len() && next[u] != u {
            u = std::mem::replace(&mut next[u], t);
        }
        t
    };
    while let Some((slot, lo, hi, depth)) = queue.pop_front() {
        let mut i = lo;
        // Sorted: the pattern equal to the prefix comes before its extensions.
        if i < hi && patterns[i].len() == depth {
            value[slot] = values[i];
            i += 1;
        }
        let mut children: Vec<(u8, usize, usize)> = Vec::new();
        while i < hi {
            let byte = patterns[i].as_bytes()[depth];
            let j = i + patterns[i..hi].partition_point(|p| p.as_bytes()[depth] == byte);
            children.push((byte, i, j));
            i = j;
        }
        let Some(&(low, _, _)) = children.first() else { continue };
        let low = low as usize;
        // The first child goes to a free slot t, base t - low >= 1; the others must fit too.
        let mut t = free_from(&mut next, low + 1);
        while !children
            .iter()
            .all(|&(c, _, _)| check.get(t - low + c as usize).is_none_or(|&k| k == NONE))
        {
            t = free_from(&mut next, t + 1);
        }
        let b = t - low;
        base[slot] = b as u32;
        for (c, lo, hi) in children {
            let t = b + c as usize;
            if t >= check.len() {
                base.resize(t + 1, 0);
                check.resize(t + 1, NONE);
                value.resize(t + 1, NONE);
            }
            if t >= next.len() {
                let n = next.len();
                next.extend(n..=t);
            }
            next[t] = t + 1;
            check[t] = slot as u32;
            queue.push_back((t, lo, hi, depth + 1));
        }
    }
    let mut out = Vec::with_capacity(4 * (1 + 3 * base.len()));
    out.extend((base.len() as u32).to_le_bytes());
    for v in base.iter().chain(&check).chain(&value) {
        out.extend(v.to_le_bytes());
    }
    out
}

/// One slot; the three fields side by side, so a step touches one cache line.
#[derive(Clone, Copy)]
struct Slot {
    base: u32,
    check: u32,
    value: u32,
}

pub struct Trie {
    slots: Vec<Slot>,
}

impl Trie {
    /// Reads [`serialize`]'s output; `None` when it is not well formed.
    pub fn deserialize(bytes: &[u8]) -> Option<Self> {
        let word = |i: usize| -> Option<u32> {
            let b = bytes.get(4 * i..4 * i + 4)?;
            Some(u32::from_le_bytes(b.try_into().ok()?))
        };
        let n = word(0)? as usize;
        if n == 0 || bytes.len() != 4 * (1 + 3 * n) {
            return None;
        }
        // The three columns side by side, read in one pass (the length is checked above).
        let column = |c: usize| bytes[4 * (1 + c * n)..4 * (1 + (c + 1) * n)].chunks_exact(4);
        let le = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let slots = column(0)
            .zip(column(1))
            .zip(column(2))
            .map(|((base, check), value)| Slot {
                base: le(base),
                check: le(check),
                value: le(value),
            })
            .collect();
        Some(Self { slots })
    }

    /// The child of `slot` by `byte` (ASCII-lower-cased).
    #[inline]
    fn child(&self, slot: u32, byte: u8) -> Option<u32> {
        let t = self.slots[slot as usize]
            .base
            .wrapping_add(byte.to_ascii_lowercase() as u32);
        (self.slots.get(t as usize).map(|s| s.check) == Some(slot)).then_some(t)
    }

    /// Whether some pattern starts with `byte` (ASCII-lower-cased).
    #[inline]
    pub fn starts_with_byte(&self, byte: u8) -> bool {
        self.child(0, byte).is_some()
    }

    /// The pattern equal to the ASCII-lower-cased `key`, if any.
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        let mut slot = 0;
        for &b in key {
            slot = self.child(slot, b)?;
        }
        let v = self.slots[slot as usize].value;
        (v != NONE).then_some(v)
    }

    /// Calls `hit(len, pattern)` for every pattern equal to the ASCII-lower-cased
    /// first `len` bytes of `text`, shortest first.
    #[inline]
    pub fn prefixes_of(&self, text: &[u8], mut hit: impl FnMut(usize, u32)) {
        let mut slot = 0;
        for (i, &b) in text.iter().enumerate() {
            let Some(t) = self.child(slot, b) else { return };
            slot = t;
            let v = self.slots[slot as usize].value;
            if v != NONE {
                hit(i + 1, v);
            }
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
        // A slot whose check names another parent is no child.
        let mut lying = bytes.clone();
        let n = u32::from_le_bytes(lying[..4].try_into().unwrap()) as usize;
        for w in lying[4 + 4 * n..4 + 8 * n].chunks_mut(4) {
            w.copy_from_slice(&7u32.to_le_bytes());
        }
        let trie = Trie::deserialize(&lying).unwrap();
        assert_eq!(hits(&trie, "ab"), vec![]);
    }
}
