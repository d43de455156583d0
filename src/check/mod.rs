//! Measuring extraction: fixtures written by us, and annotated corpora
//! (TimeML, MEANTIME, the article-extraction benchmark). `check` calls the
//! pipeline and compares; it adds no rules.

pub mod evidence;
pub mod extraction;
pub mod fixtures;
pub mod meantime;
pub mod meantime_dates;
pub mod meantime_orgs;
pub mod meantime_peers;
pub mod stories;
pub mod timeml;
pub mod timeml_peers;
pub mod trafilatura_eval;

use serde::Serialize;

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    /// "P 0.950  R 0.900  F1 0.924  (tp 19, fp 1, fn 2)".
    pub fn summary(&self) -> String {
        format!(
            "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

/// The harmonic mean of a precision and a recall (0 when both are 0).
pub fn f1(precision: f64, recall: f64) -> f64 {
    let (p, r) = (precision, recall);
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// `num / den`, or 1 when both are zero (nothing to find, nothing found), 0 when only `den` is.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 { 1.0 } else { num as f64 / den as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_recall_f1() {
        let c = Counts { tp: 8, fp: 2, fn_: 8 };
        assert_eq!(c.precision(), 0.8);
        assert_eq!(c.recall(), 0.5);
        assert!((c.f1() - 0.615_384_6).abs() < 1e-6);
        assert_eq!(Counts::default().f1(), 1.0);
    }
}
