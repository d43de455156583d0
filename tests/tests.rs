//! One integration test binary (faster to link than one per file).

mod util;

mod bad_input;
mod claims_props;
mod dates;
mod diff;
mod extraction;
mod fixtures;
mod html;
mod merge;
mod money;
mod money_props;
mod orgs;
mod report;
mod robustness;
mod spark;
mod store;
mod stream;
mod trafilatura_eval;
mod view;
