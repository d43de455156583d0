//! The fact store: one SQLite file (rusqlite, SQLite compiled in) holding
//! sources, mentions, claims, entities and facts as the report's wire types
//! ([`crate::report::schema`]), so `report --db` writes what `report` writes.
//!
//! Why SQLite: one file any tool can open (`sqlite3 facts.db`), transactions
//! that survive a killed process (the rollback journal), indexes for
//! `--entity` and `--since`, and a format stable for decades; redb would
//! need our own tooling to look inside.
//!
//! ## Ingest
//! An input whose path and text are already stored is skipped; a stored path
//! with a new text replaces its source. A text already stored from another
//! input (the same wire story republished by two outlets: same SHA-256 of
//! the stored text) is recorded as a duplicate of the first and adds no
//! claims, so it is one text, not two confirmations. Articles are written in
//! transactions of [`BATCH`] articles, each recording the nodes its claims
//! name (an entity within a family of key types, [`crate::reconcile::claim_nodes`])
//! as pending. The facts are then reconciled incrementally, in one
//! transaction: the component of the pending nodes (every stored claim
//! linked to them, read by node through `claim_nodes`) is reconciled into
//! drafts ([`crate::reconcile::drafts`]), which replace the component's
//! stored facts by difference (only new and changed facts are rewritten, and
//! they are what `ingest` and `watch` print); then the outlets' trust is
//! computed from the support of all stored facts, in fact order, and stored.
//! Facts are stored unscored: `report --db` scores them with the stored
//! trust when read, so a fact's confidence is the one a batch over the same
//! files gives, although an ingest prints only the facts of the components
//! it touched. Fact ids are numbers in the order of the facts' first claims
//! (as `report` numbers them), given when read; the stored identity of a
//! fact is its key. A store whose facts are stale (an ingest killed between
//! the two) is reconciled when next opened for writing, and read commands
//! say so and reconcile in memory.
//!
//! ## Storage (version 5)
//! A source's record is stored without its text, which has its own row in
//! `texts` (one per text: a copy's record points at its original), so that
//! a report without texts (`report --db --no-text`) reads none. Mentions are
//! stored per source as arrays without their ids, sources and texts
//! ([`StoredMention`]), given back from the stored text when read. Claims
//! (version 5) are stored without their ids, sources and quotes (the quote is
//! the sentence, the chars `start..end` of the stored text), given back when
//! read ([`stored_claims`], [`claims_back`]).
//!
//! ## Safety
//! A file that is not SQLite, or SQLite of another application, or a store
//! of another schema version, is refused with its name and never written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
// foldhash, not std's SipHash, for the maps of claim ids, fact keys and nodes (no map's
// order reaches the store or the output: std's seed is random per process too).
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rusqlite::{Connection, OptionalExtension, params};

use crate::extract::MentionType;
use crate::report::schema::WireFact as Fact;
use crate::report::schema::{self, Diagnostic, Level, Report};
use crate::report::{self, SCHEMA_ID};
use crate::text::span::CharSlicer;

/// `PRAGMA application_id` of a newsfacts store ("NFst").
pub const APPLICATION_ID: i32 = 0x4e46_7374;
/// `PRAGMA user_version`: the store's schema version.
pub const STORE_VERSION: i32 = 5;
/// Articles written per transaction during an ingest: a commit writes every
/// page the transaction dirtied, and an index page is dirtied again by each
/// transaction, so fewer, larger transactions write less (a killed ingest
/// loses at most one batch, which the next ingest adds).
pub const BATCH: usize = 256;

/// What version 2 adds to version 1: every id, name and alias an entity was
/// stored under, which `report --db --entity` looks up by key instead of
/// reading every stored entity record (`key`: the id folded as SQLite's
/// `NOCASE` folds, ASCII, for `by_id` 1; a name or alias lowercased for
/// `by_id` 0); and an index of copies by their original, so a narrowed report
/// finds the copies of its sources without reading every source.
const SCHEMA_V2_ADDS: &str = "
CREATE TABLE IF NOT EXISTS entity_names(key TEXT NOT NULL, by_id INTEGER NOT NULL, entity TEXT NOT NULL,
    PRIMARY KEY(key, by_id, entity)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sources_duplicate ON sources(duplicate_of);
";

/// What version 3 adds: incremental reconciliation. `claim_nodes`: the
/// sources whose claims name a node, to read a
/// component's claims by node (an entity within a family of key types,
/// [`crate::reconcile::claim_nodes`]); `pending`: nodes whose component's facts
/// are to be reconciled again (written with the claims that touch them, so
/// a killed ingest leaves them pending); `trust`: each outlet's trust, from
/// which the facts' confidences are computed when read. Facts are stored
/// unscored (sides in the order they formed) with their sides' support, the
/// newest side of a superseded fact, their parts by key, and `ord`, the rank
/// of their first claim (source number × 2^20 + its place in the source).
const SCHEMA_V3_ADDS: &str = "
DROP TABLE IF EXISTS facts;
CREATE TABLE facts(key TEXT PRIMARY KEY, ord INTEGER NOT NULL, subject TEXT, object TEXT, json TEXT NOT NULL,
    support TEXT NOT NULL, newest INTEGER, parts TEXT NOT NULL, node TEXT NOT NULL);
CREATE INDEX facts_ord ON facts(ord);
CREATE INDEX facts_node ON facts(node);
CREATE INDEX facts_subject ON facts(subject);
CREATE INDEX facts_object ON facts(object);
CREATE TABLE IF NOT EXISTS claim_nodes(node TEXT NOT NULL, source INTEGER NOT NULL,
    PRIMARY KEY(node, source)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_nodes_source ON claim_nodes(source);
CREATE TABLE IF NOT EXISTS pending(node TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS trust(outlet TEXT PRIMARY KEY, value REAL NOT NULL);
";

/// What version 4 adds: each source's text in its own row (`texts`), out of
/// its record (`sources.json` holds the record without `text`), so that a
/// report without texts (`--no-text`) does not read them; and mentions stored
/// without what their source gives (see [`StoredMention`]).
const SCHEMA_V4_ADDS: &str = "
CREATE TABLE IF NOT EXISTS texts(source INTEGER PRIMARY KEY, text TEXT NOT NULL);
";

/// A mention as version 4 stores it: a JSON array `[type, start, end,
/// sentence, value, rule, boilerplate]`, without its id (`{source}.m{k}`, `k`
/// its place from 1), its source, or its text (the chars `start..end` of the
/// stored text), which are given back when read. Mentions were 40% of a
/// version-3 store, a quarter of it these three fields and the key names.
type StoredMention = (MentionType, usize, usize, usize, serde_json::Value, String, bool);

/// Claims of one source are numbered below this in `ord`.
const ORD_SOURCE: i64 = 1 << 20;

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(
    n INTEGER PRIMARY KEY,
    path TEXT,
    name TEXT NOT NULL,
    published TEXT,
    text_sha256 TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES sources(n),
    json TEXT NOT NULL
);
CREATE INDEX sources_sha ON sources(text_sha256);
CREATE INDEX sources_path ON sources(path);
CREATE INDEX sources_published ON sources(published);
CREATE TABLE mentions(source INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE claims(source INTEGER PRIMARY KEY, count INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE entity_mentions(entity TEXT NOT NULL, source INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(entity, source));
CREATE INDEX entity_mentions_source ON entity_mentions(source);
";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What the open transaction has written already, not to write it again.
    written: std::cell::RefCell<Written>,
    /// The claims this store's `add` wrote, by source number, as reconciliation reads
    /// them: an ingest reconciles the claims it has just stored, which it then takes
    /// from here instead of decoding their JSON again (checked against the stored
    /// count; emptied by each reconciliation).
    fresh: std::cell::RefCell<HashMap<i64, Vec<crate::reconcile::Claim>>>,
}

/// Entity names and pending nodes inserted in the open transaction: most
/// articles of a batch name the same entities (cleared at each `begin`, so a
/// rolled-back transaction leaves nothing behind).
#[derive(Default)]
struct Written {
    names: foldhash::HashSet<(String, bool, String)>,
    pending: foldhash::HashSet<String>,
}

/// What happened to one input of an ingest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ingested {
    /// Stored as source `n`.
    New(i64),
    /// The path was stored with another text: replaced by source `n`.
    Replaced(i64),
    /// The same path and text are stored already.
    Unchanged,
    /// The same text is stored from another input (source `n`): recorded, not counted again.
    Duplicate(i64),
}

/// Facts that an ingest added, changed or removed.
#[derive(Debug, Default, Clone)]
pub struct FactChanges {
    pub added: Vec<Fact>,
    pub changed: Vec<Fact>,
    pub removed: Vec<String>,
}

/// Report filters of `report --db`.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Sources published on or after this date (YYYY-MM-DD), and the facts they state.
    pub since: Option<String>,
    /// An entity id, name or alias: the facts it is subject or object of.
    pub entity: Option<String>,
    /// A fact id (`f3`) or key: that fact and its parts.
    pub story: Option<String>,
    /// Sources without their text (`--no-text`): the texts are not read.
    pub no_text: bool,
}

impl Store {
    /// Opens a store, creating it when the file is missing or empty. Anything
    /// else than a newsfacts store of this version is refused and left untouched.
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        let shown = path.display();
        let existing = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if existing > 0 {
            let mut head = [0u8; 16];
            let n = std::io::Read::read(&mut std::fs::File::open(path)?, &mut head)
                .with_context(|| format!("{shown}: cannot read"))?;
            if n < 16 || &head != b"SQLite format 3\0" {
                bail!("{shown}: not a newsfacts store (not a SQLite database); left untouched");
            }
        }
        let conn = Connection::open(path).with_context(|| format!("{shown}: cannot open"))?;
        let bad = |e: rusqlite::Error| anyhow::anyhow!("{shown}: not a usable newsfacts store ({e}); left untouched");
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(bad)?;
        // With the WAL, NORMAL loses no committed transaction when the process is killed
        // (only, at worst, the last ones on a power cut) and spares an fsync per commit.
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(bad)?;
        // A 16 MB page cache (SQLite's default is 2 MB): an ingest inserts into a dozen
        // indexes at scattered places, and with 2 MB it read back 27,000 pages for 1,000
        // articles. Checkpoints of the WAL every 16 MB rather than 4 MB: a checkpoint copies
        // each page the commits since the last one touched, once, so fewer checkpoints copy
        // the hot index pages fewer times (the WAL still ends at the last connection's close).
        conn.pragma_update(None, "cache_size", -16384).map_err(bad)?;
        conn.pragma_update(None, "wal_autocheckpoint", 4096).map_err(bad)?;
        // An ingest's multi-row inserts ([`insert_rows`]) are a statement per row count
        // (1 to 32) and table: kept prepared beside the others (rusqlite keeps 16).
        conn.set_prepared_statement_cache_capacity(160);
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(bad)?;
        let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(bad)?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(bad)?;
        if app == 0 && version == 0 && tables == 0 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA} {SCHEMA_V2_ADDS} {SCHEMA_V3_ADDS} {SCHEMA_V4_ADDS} PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {STORE_VERSION};
                 INSERT INTO meta VALUES ('schema', '{SCHEMA_ID}'), ('facts_stale', '0'); COMMIT;"
            ))
            .map_err(bad)?;
            // Readers (`report --db`) go on while `watch` writes.
            conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
                .map_err(bad)?;
        } else if app != APPLICATION_ID {
            bail!("{shown}: not a newsfacts store (a SQLite database of another application); left untouched");
        } else if (1..STORE_VERSION).contains(&version) {
            // Versions 1 to 3 lack what the later versions add: added (the entity names filled
            // from the stored entity records, the claims' nodes from the stored claims, the
            // texts out of the source records, mentions in the compact form), in one
            // transaction (a killed upgrade leaves the old version); the facts are then
            // reconciled again when a version before 3 had none of their nodes.
            upgrade(&conn, version).map_err(|e| {
                anyhow::anyhow!("{shown}: cannot upgrade store version {version} to {STORE_VERSION}: {e}")
            })?;
            let store = Self {
                conn,
                path: path.to_path_buf(),
                written: Default::default(),
                fresh: Default::default(),
            };
            if store.facts_stale()? {
                store.reconcile()?;
            }
            return Ok(store);
        } else if version != STORE_VERSION {
            bail!(
                "{shown}: newsfacts store of schema version {version}; this newsfacts reads version {STORE_VERSION}; left untouched"
            );
        }
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            written: Default::default(),
            fresh: Default::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn context(&self) -> String {
        self.path.display().to_string()
    }

    /// Paths and text hashes stored, to skip unchanged inputs before extracting them.
    pub fn known(&self) -> anyhow::Result<Known> {
        let mut known = Known::default();
        let mut stmt = self
            .conn
            .prepare("SELECT n, path, text_sha256, duplicate_of FROM sources")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<i64>>(3)?,
            ))
        })?;
        for row in rows {
            let (n, path, sha, dup) = row.with_context(|| self.context())?;
            if let Some(p) = path {
                known.by_path.insert(p, sha.clone());
            }
            if dup.is_none() {
                known.by_sha.entry(sha).or_insert(n);
            }
        }
        Ok(known)
    }

    /// Whether some facts are to be reconciled again: nodes pending, or all
    /// (`facts_stale` set in `meta`).
    pub fn facts_stale(&self) -> anyhow::Result<bool> {
        let pending: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM pending)", [], |r| r.get(0))
            .with_context(|| self.context())?;
        Ok(pending || self.all_stale()?)
    }

    fn all_stale(&self) -> anyhow::Result<bool> {
        let v: String = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'facts_stale'", [], |r| r.get(0))
            .with_context(|| self.context())?;
        Ok(v != "0")
    }

    /// Stores one analysed article (in the open transaction of `batch`);
    /// `key`: its [`InputKey`], which the caller has already taken to know
    /// whether the input is stored (the text is hashed once per ingest).
    pub fn add(&self, analysis: &crate::Analysis, key: &InputKey, known: &mut Known) -> anyhow::Result<Ingested> {
        debug_assert_eq!(*key, InputKey::of(&analysis.article), "an input key of another article");
        let InputKey { sha, path } = key;
        let (sha, path) = (sha.clone(), path.clone());
        let mut replaced = false;
        if path.is_none() && known.by_sha.contains_key(&sha) {
            // Inline text (a manifest's "text") is known by its text alone.
            return Ok(Ingested::Unchanged);
        }
        if let Some(p) = &path {
            match known.by_path.get(p) {
                Some(s) if *s == sha => return Ok(Ingested::Unchanged),
                Some(_) => {
                    self.remove_path(p)?;
                    replaced = true;
                }
                None => {}
            }
        }
        let original = known.by_sha.get(&sha).copied();
        // Statements cached: an ingest runs these once per article.
        let n: i64 = self
            .conn
            .prepare_cached("SELECT coalesce(max(n), 0) + 1 FROM sources")?
            .query_row([], |r| r.get(0))?;
        let id = format!("s{n}");
        // The article's records as a one-source report gives them, with its number in the store.
        // The record without its text, which has its own row (one for the copies of a text too).
        let source = report::source_record_hashed(&id, analysis, report::BuildOptions { no_text: true }, sha.clone());
        self.conn
            .prepare_cached(
                "INSERT INTO sources(n, path, name, published, text_sha256, duplicate_of, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![n, path, source.name, source.published, sha, original, serde_json::to_string(&source)?])?;
        if let Some(p) = &path {
            known.by_path.insert(p.clone(), sha.clone());
        }
        if let Some(first) = original {
            return Ok(Ingested::Duplicate(first));
        }
        known.by_sha.insert(sha, n);
        self.conn
            .prepare_cached("INSERT INTO texts(source, text) VALUES (?1, ?2)")?
            .execute(params![n, analysis.article.text])?;
        // A source's mentions and claims are one row each (a JSON array): they are always read together.
        // The mentions are written compact straight from the analysis (as `report::source_mentions`
        // places them: char offsets, sentence), without the report's mention of each (its id,
        // source and text strings, which the store does not keep).
        let doc = &analysis.doc;
        let chars: Vec<std::ops::Range<usize>> = analysis.mentions.iter().map(|m| doc.char_range(&m.span)).collect();
        let compact: Vec<_> = analysis
            .mentions
            .iter()
            .zip(&chars)
            .map(|(m, c)| {
                (
                    m.kind,
                    c.start,
                    c.end,
                    doc.sentence_index(m.span.start),
                    &m.value,
                    m.rule.id(),
                    m.boilerplate,
                )
            })
            .collect();
        self.conn
            .prepare_cached("INSERT INTO mentions(source, json) VALUES (?1, ?2)")?
            .execute(params![n, serde_json::to_string(&compact)?])?;
        let mut claims = report::source_claims(&id, analysis);
        let stored = CharSlicer::new(&analysis.article.text);
        let json = stored_claims(n, &mut claims, &stored)?;
        self.conn
            .prepare_cached("INSERT INTO claims(source, count, json) VALUES (?1, ?2, ?3)")?
            .execute(params![n, claims.len() as i64, json])?;
        // The claims as reconciliation reads them, kept for this ingest's reconciliation.
        let read: Vec<crate::reconcile::Claim> = claims.into_iter().map(crate::reconcile::Claim::from).collect();
        let mut nodes: foldhash::HashSet<String> = Default::default();
        for c in &read {
            nodes.extend(crate::reconcile::claim_nodes(c));
        }
        self.fresh.borrow_mut().insert(n, read);
        let mut written = self.written.borrow_mut();
        // Rows of one table go in multi-row statements ([`insert_rows`]), not one statement each.
        let mut row: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(nodes.len() * 2);
        for e in &nodes {
            row.extend([e as &dyn rusqlite::ToSql, &n]);
        }
        insert_rows(
            &self.conn,
            "INSERT OR IGNORE INTO claim_nodes(node, source) VALUES",
            2,
            &row,
        )?;
        let unwritten: Vec<&String> = nodes.iter().filter(|e| !written.pending.contains(*e)).collect();
        row.clear();
        row.extend(unwritten.iter().map(|&e| e as &dyn rusqlite::ToSql));
        insert_rows(&self.conn, "INSERT OR IGNORE INTO pending(node) VALUES", 1, &row)?;
        written.pending.extend(unwritten.into_iter().cloned());
        let (mentions, id) = (analysis.mentions.iter().zip(&chars).enumerate(), &id);
        let mentions =
            mentions.map(|(k, (m, c))| (m, stored.slice(c.start, c.end), move || format!("{id}.m{}", k + 1)));
        let entities = report::entities_of(mentions);
        let json: Vec<String> = entities.iter().map(serde_json::to_string).collect::<Result<_, _>>()?;
        // The id, name and aliases of each entity, those this transaction has not written yet.
        let mut names: Vec<(String, i64, String)> = Vec::new();
        for e in &entities {
            for k in entity_names(e) {
                if !written.names.contains(&k) {
                    written.names.insert(k.clone());
                    names.push((k.0, k.1 as i64, k.2));
                }
            }
        }
        row.clear();
        for (e, j) in entities.iter().zip(&json) {
            row.extend([&e.id as &dyn rusqlite::ToSql, &n, j]);
        }
        insert_rows(
            &self.conn,
            "INSERT INTO entity_mentions(entity, source, json) VALUES",
            3,
            &row,
        )?;
        row.clear();
        for (key, by_id, entity) in &names {
            row.extend([key as &dyn rusqlite::ToSql, by_id, entity]);
        }
        insert_rows(
            &self.conn,
            "INSERT OR IGNORE INTO entity_names(key, by_id, entity) VALUES",
            3,
            &row,
        )?;
        Ok(if replaced {
            Ingested::Replaced(n)
        } else {
            Ingested::New(n)
        })
    }

    fn remove_path(&self, path: &str) -> anyhow::Result<()> {
        let ns: Vec<i64> = self
            .conn
            .prepare("SELECT n FROM sources WHERE path = ?1")?
            .query_map([path], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for n in ns {
            self.fresh.borrow_mut().remove(&n);
            // The facts of the nodes its claims named are to be reconciled without them.
            self.conn.execute(
                "INSERT OR IGNORE INTO pending(node) SELECT node FROM claim_nodes WHERE source = ?1",
                [n],
            )?;
            for table in ["texts", "mentions", "claims", "entity_mentions", "claim_nodes"] {
                self.conn
                    .execute(&format!("DELETE FROM {table} WHERE source = ?1"), [n])?;
            }
            // Copies of its text now stand on their own? No: they keep pointing at a text no longer stored; drop them too.
            self.conn.execute("DELETE FROM sources WHERE duplicate_of = ?1", [n])?;
            self.conn.execute("DELETE FROM sources WHERE n = ?1", [n])?;
        }
        Ok(())
    }

    pub fn begin(&self) -> anyhow::Result<()> {
        *self.written.borrow_mut() = Written::default();
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .with_context(|| self.context())
    }

    pub fn commit(&self) -> anyhow::Result<()> {
        self.conn.execute_batch("COMMIT").with_context(|| self.context())
    }

    /// The sources (not duplicates) and their claims, in source order, as reconciliation reads them.
    fn sources_and_claims(&self) -> anyhow::Result<(Vec<crate::reconcile::Source>, Vec<crate::reconcile::Claim>)> {
        // Reconciling reads a source's id, outlet name and publish date only: the stored record (and its text) is not read.
        let sources = self
            .conn
            .prepare("SELECT n, name, published FROM sources WHERE duplicate_of IS NULL ORDER BY n")?
            .query_map([], |r| {
                Ok(crate::reconcile::Source {
                    id: format!("s{}", r.get::<_, i64>(0)?),
                    name: r.get(1)?,
                    published: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| self.context())?;
        let mut claims = Vec::new();
        let mut stmt = self.conn.prepare("SELECT source, json FROM claims ORDER BY source")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let stored = self.claims_read(r.get(0)?, r.get_ref(1)?.as_str()?)?;
            claims.extend(stored.into_iter().map(crate::reconcile::Claim::from));
        }
        Ok((sources, claims))
    }

    /// Every stored claim, in store order, each with its `ord`, and the sources that state them.
    #[allow(clippy::type_complexity)]
    fn all_claims(&self) -> anyhow::Result<(Vec<crate::reconcile::Source>, Vec<(i64, crate::reconcile::Claim)>)> {
        let total: i64 = self
            .conn
            .query_row("SELECT coalesce(sum(count), 0) FROM claims", [], |r| r.get(0))?;
        let mut claims = Vec::with_capacity(total as usize);
        let mut sources = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT c.source, s.name, s.published, c.count, c.json FROM claims c JOIN sources s ON s.n = c.source ORDER BY c.source",
        )?;
        let mut rows = stmt.query([])?;
        let mut fresh = self.fresh.borrow_mut();
        while let Some(r) = rows.next()? {
            let n: i64 = r.get(0)?;
            let count: i64 = r.get(3)?;
            // The claims this ingest stored are taken as it kept them, not decoded again.
            let stored: Vec<crate::reconcile::Claim> = match fresh.remove(&n) {
                Some(kept) if kept.len() as i64 == count => kept,
                _ => self
                    .claims_read(n, r.get_ref(4)?.as_str()?)?
                    .into_iter()
                    .map(crate::reconcile::Claim::from)
                    .collect(),
            };
            if stored.is_empty() {
                continue;
            }
            sources.push(crate::reconcile::Source {
                id: format!("s{n}"),
                name: r.get(1)?,
                published: r.get(2)?,
            });
            for (k, c) in stored.into_iter().enumerate() {
                claims.push((n * ORD_SOURCE + k as i64, c));
            }
        }
        Ok((sources, claims))
    }

    /// The stored claims of source `n`, as reconciliation reads them.
    fn source_claims(&self, n: i64) -> anyhow::Result<Vec<crate::reconcile::Claim>> {
        if let Some(kept) = self.fresh.borrow().get(&n) {
            return Ok(kept.clone());
        }
        let mut stmt = self.conn.prepare_cached("SELECT json FROM claims WHERE source = ?1")?;
        let mut rows = stmt.query([n])?;
        let Some(r) = rows.next()? else {
            return Ok(Vec::new());
        };
        Ok(self
            .claims_read(n, r.get_ref(0)?.as_str()?)?
            .into_iter()
            .map(crate::reconcile::Claim::from)
            .collect())
    }

    /// The claims of source `n` from their stored row `json` ([`stored_claims`]),
    /// given back their ids, sources and quotes (from the stored text, read
    /// where SQLite holds it, not copied).
    fn claims_read(&self, n: i64, json: &str) -> anyhow::Result<Vec<schema::Claim>> {
        let mut claims: Vec<schema::Claim> =
            serde_json::from_str(json).with_context(|| format!("{}: a stored record does not read", self.context()))?;
        if !claims.is_empty() {
            self.with_text(n, |text| claims_back(n, &mut claims, text))?;
        }
        Ok(claims)
    }

    /// `f` of the stored text of source `n`.
    fn with_text<T>(&self, n: i64, f: impl FnOnce(&CharSlicer) -> T) -> anyhow::Result<T> {
        let mut stmt = self.conn.prepare_cached("SELECT text FROM texts WHERE source = ?1")?;
        let mut rows = stmt.query([n])?;
        let row = rows
            .next()?
            .with_context(|| format!("{}: no stored text of s{n}", self.context()))?;
        Ok(f(&CharSlicer::new(row.get_ref(0)?.as_str()?)))
    }

    fn read_json<T: serde::de::DeserializeOwned>(&self, sql: &str, p: impl rusqlite::Params) -> anyhow::Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql).with_context(|| self.context())?;
        let rows = stmt.query_map(p, |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            let json = row.with_context(|| self.context())?;
            out.push(
                serde_json::from_str(&json)
                    .with_context(|| format!("{}: a stored record does not read", self.context()))?,
            );
        }
        Ok(out)
    }

    /// Reconciles again the facts of the pending nodes' components (all
    /// facts when `facts_stale` is set), writes those that changed and the
    /// outlets' trust, in one transaction; returns the changes.
    pub fn reconcile(&self) -> anyhow::Result<FactChanges> {
        self.begin()?;
        let result = self.reconcile_pending();
        // The kept claims served this reconciliation: freed (the store reads them when next needed).
        self.fresh.borrow_mut().clear();
        match result {
            Ok(changes) => {
                self.commit()?;
                Ok(changes)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e.context(format!("{}: cannot reconcile", self.context())))
            }
        }
    }

    /// The component of the pending nodes: every stored claim that names
    /// one of them, or a node such a claim names, transitively (a claim and
    /// its listed parts are one), read by node through `claim_nodes`.
    /// Returns the component's nodes (the pending ones included), its
    /// sources and its claims in store order, each with its `ord`.
    #[allow(clippy::type_complexity)]
    fn component(
        &self,
        seeds: Vec<String>,
    ) -> anyhow::Result<(
        HashSet<String>,
        Vec<crate::reconcile::Source>,
        Vec<(i64, crate::reconcile::Claim)>,
    )> {
        // The walk keeps of each claim its place only (source, index), not the claim: a
        // component may span most of the store, and its claims are read again, once, into
        // one vector of the exact size (holding them all twice, and a vector grown by
        // doubling, made a one-batch ingest of 10,000 articles peak at 963 MB).
        struct Cluster {
            source: i64,
            claims: Vec<u32>,
            entities: Vec<String>,
            taken: bool,
        }
        let mut entities: HashSet<String> = seeds.iter().cloned().collect();
        let mut queue = seeds;
        let mut loaded: HashSet<i64> = HashSet::new();
        let mut clusters: Vec<Cluster> = Vec::new();
        let mut by_entity: HashMap<String, Vec<usize>> = HashMap::new();
        let mut naming = self
            .conn
            .prepare_cached("SELECT source FROM claim_nodes WHERE node = ?1")?;
        while let Some(e) = queue.pop() {
            let ns: Vec<i64> = naming.query_map([&e], |r| r.get(0))?.collect::<Result<_, _>>()?;
            for n in ns {
                if !loaded.insert(n) {
                    continue;
                }
                let claims = self.source_claims(n)?;
                // A claim and its listed parts (claims of one source) are one cluster.
                let mut root: Vec<usize> = (0..claims.len()).collect();
                let index: HashMap<&str, usize> = claims.iter().enumerate().map(|(k, c)| (c.id.as_str(), k)).collect();
                for (k, c) in claims.iter().enumerate() {
                    if let Some(&p) = c.part_of.as_deref().and_then(|p| index.get(p)) {
                        let (a, b) = (top(&mut root, k), top(&mut root, p));
                        root[a.max(b)] = a.min(b);
                    }
                }
                let mut of_root: BTreeMap<usize, Cluster> = BTreeMap::new();
                for (k, c) in claims.iter().enumerate() {
                    let cl = of_root.entry(top(&mut root, k)).or_insert_with(|| Cluster {
                        source: n,
                        claims: Vec::new(),
                        entities: Vec::new(),
                        taken: false,
                    });
                    for e in crate::reconcile::claim_nodes(c) {
                        if !cl.entities.contains(&e) {
                            cl.entities.push(e);
                        }
                    }
                    cl.claims.push(k as u32);
                }
                for cl in of_root.into_values() {
                    for e in &cl.entities {
                        by_entity.entry(e.clone()).or_default().push(clusters.len());
                    }
                    clusters.push(cl);
                }
            }
            for &k in by_entity.get(&e).map(Vec::as_slice).unwrap_or(&[]) {
                if std::mem::replace(&mut clusters[k].taken, true) {
                    continue;
                }
                for e2 in &clusters[k].entities {
                    if entities.insert(e2.clone()) {
                        queue.push(e2.clone());
                    }
                }
            }
        }
        drop(by_entity);
        // The taken claims' places, in store order (source, then place in the source).
        let mut places: Vec<(i64, u32)> = clusters
            .into_iter()
            .filter(|c| c.taken)
            .flat_map(|c| {
                let n = c.source;
                c.claims.into_iter().map(move |k| (n, k))
            })
            .collect();
        places.sort_unstable();
        let mut claims: Vec<(i64, crate::reconcile::Claim)> = Vec::with_capacity(places.len());
        let mut numbers: Vec<i64> = Vec::new();
        for run in places.chunk_by(|a, b| a.0 == b.0) {
            let n = run[0].0;
            numbers.push(n);
            let mut wanted = run.iter().map(|p| p.1 as usize).peekable();
            for (k, c) in self.source_claims(n)?.into_iter().enumerate() {
                if wanted.peek() == Some(&k) {
                    wanted.next();
                    claims.push((n * ORD_SOURCE + k as i64, c));
                }
            }
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, published FROM sources WHERE n = ?1")?;
        let mut sources = Vec::with_capacity(numbers.len());
        for n in numbers {
            let (name, published) = stmt.query_row([n], |r| Ok((r.get(0)?, r.get(1)?)))?;
            sources.push(crate::reconcile::Source {
                id: format!("s{n}"),
                name,
                published,
            });
        }
        Ok((entities, sources, claims))
    }

    fn reconcile_pending(&self) -> anyhow::Result<FactChanges> {
        // When the sources that the pending nodes name are half the store or more (a first
        // ingest, a batch as large as what is stored), their component is most of the store:
        // every claim is read once, in store order, and all facts are reconciled, without
        // walking the component (reconciling all gives each component's facts: tested).
        let all = self.all_stale()? || {
            let (named, stored): (i64, i64) = self.conn.query_row(
                "SELECT (SELECT count(DISTINCT source) FROM claim_nodes WHERE node IN (SELECT node FROM pending)),
                        (SELECT count(*) FROM claims)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            named * 2 >= stored
        };
        let (nodes, sources, claims) = if all {
            let (sources, claims) = self.all_claims()?;
            (HashSet::new(), sources, claims)
        } else {
            let seeds: Vec<String> = self
                .conn
                .prepare("SELECT node FROM pending ORDER BY node")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            self.component(seeds)?
        };
        let ords: Vec<i64> = claims.iter().map(|c| c.0).collect();
        let claims: Vec<crate::reconcile::Claim> = claims.into_iter().map(|c| c.1).collect();
        let drafts = crate::reconcile::drafts(&sources, &claims);
        // Parts by key, in claim order (as `reconcile::finish` links them by id).
        let draft_of_claim: HashMap<&str, usize> = drafts
            .iter()
            .enumerate()
            .flat_map(|(i, d)| d.fact.evidence.iter().map(move |e| (e.claim.as_str(), i)))
            .collect();
        let mut parts: Vec<Vec<String>> = vec![Vec::new(); drafts.len()];
        for c in &claims {
            let (Some(parent), Some(&me)) = (c.part_of.as_deref(), draft_of_claim.get(c.id.as_str())) else {
                continue;
            };
            if let Some(&p) = draft_of_claim.get(parent)
                && p != me
                && !parts[p].contains(&drafts[me].fact.key)
            {
                parts[p].push(drafts[me].fact.key.clone());
            }
        }
        // The claims are not read past this point: freed before the facts are encoded.
        drop(draft_of_claim);
        drop(claims);
        // Each fact's row, and the fact it was written from (kept for the added and changed
        // facts that the ingest prints, which are scored from it instead of from their JSON).
        let mut supports: Vec<Vec<Vec<(String, f64)>>> = Vec::with_capacity(drafts.len());
        let (new, mut unscored): (Vec<Row>, Vec<Option<Fact>>) = drafts
            .into_iter()
            .zip(parts)
            .map(|(d, parts)| {
                let ord = ords[d.first];
                let node = crate::reconcile::node(d.fact.predicate, d.fact.subject.as_deref().unwrap_or_default());
                let mut fact = Fact::from(d.fact);
                fact.id.clear();
                let row = Row {
                    key: fact.key.clone(),
                    ord,
                    subject: fact.subject.clone(),
                    object: fact.object.clone(),
                    json: serde_json::to_string(&fact)?,
                    support: support_json(&d.support)?,
                    newest: d.newest.map(|n| n as i64),
                    parts: serde_json::to_string(&parts)?,
                    node,
                };
                supports.push(d.support);
                Ok((row, Some(fact)))
            })
            .collect::<anyhow::Result<Vec<_>>>()?
            .into_iter()
            .unzip();
        // The stored facts of the component: its nodes are theirs (their subjects within their types' family).
        let mut old: HashMap<String, Row> = HashMap::new();
        {
            let sql = "SELECT key, ord, subject, object, json, support, newest, parts, node FROM facts";
            let mut each = |rows: &mut rusqlite::Rows| -> anyhow::Result<()> {
                while let Some(r) = rows.next()? {
                    let row = Row::read(r)?;
                    old.insert(row.key.clone(), row);
                }
                Ok(())
            };
            if all {
                each(&mut self.conn.prepare(sql)?.query([])?)?;
            } else {
                let mut stmt = self.conn.prepare_cached(&format!("{sql} WHERE node = ?1"))?;
                for e in &nodes {
                    each(&mut stmt.query([e])?)?;
                }
            }
        }
        // Facts stored before report schema v3 repeat their quotes: compared as v3 writes
        // them, so that an unchanged fact is not reported changed after an upgrade.
        for row in old.values_mut() {
            if row.json.contains("\"quote\":") {
                let mut f = stored_fact(0, &row.json)?;
                f.id.clear();
                row.json = serde_json::to_string(&f)?;
            }
        }
        // No fact stored before and all reconciled (a first ingest): the table is `new`, in
        // this order, so the facts' order and supports are known without reading them back.
        let fresh_table = all && old.is_empty();
        let mut added = Vec::new();
        let mut changed = Vec::new();
        {
            let mut upsert = self.conn.prepare_cached(
                "INSERT INTO facts(key, ord, subject, object, json, support, newest, parts, node) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT(key) DO UPDATE SET ord = ?2, subject = ?3, object = ?4, json = ?5, support = ?6, newest = ?7, parts = ?8, node = ?9",
            )?;
            for (i, row) in new.iter().enumerate() {
                match old.remove(&row.key) {
                    Some(o) if o == *row => {
                        unscored[i] = None;
                        continue;
                    }
                    Some(o) => {
                        if (&o.json, &o.support, o.newest, &o.parts)
                            != (&row.json, &row.support, row.newest, &row.parts)
                        {
                            changed.push(i);
                        } else {
                            unscored[i] = None;
                        }
                    }
                    None => added.push(i),
                }
                upsert.execute(params![
                    row.key,
                    row.ord,
                    row.subject,
                    row.object,
                    row.json,
                    row.support,
                    row.newest,
                    row.parts,
                    row.node
                ])?;
            }
            let mut delete = self.conn.prepare_cached("DELETE FROM facts WHERE key = ?1")?;
            for key in old.keys() {
                delete.execute([key])?;
            }
        }
        let mut removed: Vec<String> = old.into_keys().collect();
        removed.sort();
        self.conn
            .execute_batch("DELETE FROM pending; UPDATE meta SET value = '0' WHERE key = 'facts_stale';")?;
        // Trust is global: from the support of every stored fact, in fact order. Facts
        // share supports (the same outlets on the same sides: 9,626 distinct among 26,297
        // facts of 10,000 generated articles): each distinct one is decoded once.
        let mut ords: Vec<i64> = Vec::new();
        let trust = if fresh_table {
            // `ORDER BY ord` reads ties in rowid order, which is `new`'s order here: a stable sort.
            let mut order: Vec<usize> = (0..new.len()).collect();
            order.sort_by_key(|&i| new[i].ord);
            ords = order.iter().map(|&i| new[i].ord).collect();
            crate::reconcile::trust(order.iter().map(|&i| &supports[i]))
        } else {
            let mut distinct: Vec<Vec<Vec<(String, f64)>>> = Vec::new();
            let mut support_of_fact: Vec<usize> = Vec::new();
            let mut seen: HashMap<String, usize> = HashMap::new();
            let mut stmt = self.conn.prepare("SELECT ord, support FROM facts ORDER BY ord")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                ords.push(r.get(0)?);
                let json = r.get_ref(1)?.as_str()?;
                let k = match seen.get(json) {
                    Some(&k) => k,
                    None => {
                        distinct.push(support_of(json)?);
                        seen.insert(json.to_string(), distinct.len() - 1);
                        distinct.len() - 1
                    }
                };
                support_of_fact.push(k);
            }
            drop(rows);
            drop(stmt);
            crate::reconcile::trust(support_of_fact.iter().map(|&k| &distinct[k]))
        };
        self.conn.execute("DELETE FROM trust", [])?;
        {
            let mut ins = self
                .conn
                .prepare_cached("INSERT INTO trust(outlet, value) VALUES (?1, ?2)")?;
            for (outlet, t) in &trust {
                ins.execute(params![outlet, t])?;
            }
        }
        // The added and changed facts as the report gives them.
        let by_key: HashMap<&str, &Row> = new.iter().map(|r| (r.key.as_str(), r)).collect();
        let rank = |ord: i64| ords.partition_point(|&o| o < ord);
        let mut wire = |i: &usize| -> anyhow::Result<Fact> {
            let row = &new[*i];
            let part_ranks: Vec<usize> = serde_json::from_str::<Vec<String>>(&row.parts)?
                .iter()
                .filter_map(|k| by_key.get(k.as_str()).map(|r| rank(r.ord)))
                .collect();
            match unscored[*i].take() {
                Some(fact) => row.score(fact, &supports[*i], rank(row.ord), &part_ranks, &trust),
                None => row.scored(rank(row.ord), &part_ranks, &trust),
            }
        };
        Ok(FactChanges {
            added: added.iter().map(&mut wire).collect::<anyhow::Result<_>>()?,
            changed: changed.iter().map(&mut wire).collect::<anyhow::Result<_>>()?,
            removed,
        })
    }

    fn trust(&self) -> anyhow::Result<BTreeMap<String, f64>> {
        self.conn
            .prepare_cached("SELECT outlet, value FROM trust")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()
            .with_context(|| self.context())
    }

    /// The rank of a stored fact among all (its number is the rank + 1).
    fn rank(&self, ord: i64) -> anyhow::Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM facts WHERE ord < ?1")?
            .query_row([ord], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Stored facts scored, numbered by rank, their parts by number. A few
    /// facts count the facts before each (`facts_ord`); more read every
    /// stored `ord` once and search it (counting for each of an entity's
    /// thousands of facts walks the index once per fact).
    fn scored_facts(&self, rows: Vec<Row>, trust: &BTreeMap<String, f64>) -> anyhow::Result<Vec<Fact>> {
        const COUNTED: usize = 16;
        let ords: Option<Vec<i64>> = if rows.len() > COUNTED {
            Some(
                self.conn
                    .prepare("SELECT ord FROM facts ORDER BY ord")?
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<_, _>>()
                    .with_context(|| self.context())?,
            )
        } else {
            None
        };
        let rank = |ord: i64| -> anyhow::Result<usize> {
            match &ords {
                Some(o) => Ok(o.partition_point(|&x| x < ord)),
                None => self.rank(ord),
            }
        };
        let mut out = Vec::with_capacity(rows.len());
        let mut ord_of = self.conn.prepare_cached("SELECT ord FROM facts WHERE key = ?1")?;
        for row in rows {
            let mut part_ranks = Vec::new();
            for k in serde_json::from_str::<Vec<String>>(&row.parts)? {
                if let Some(ord) = ord_of.query_row([&k], |r| r.get::<_, i64>(0)).optional()? {
                    part_ranks.push(rank(ord)?);
                }
            }
            out.push(row.scored(rank(row.ord)?, &part_ranks, trust)?);
        }
        Ok(out)
    }

    /// The report of the store, narrowed by `filter`, read in one read
    /// transaction: one snapshot while `watch` writes, and SQLite's locks and
    /// checks of the WAL taken once instead of for each statement (for one
    /// entity's 4,307 sources of 100,000 stored articles: 43,000 `fcntl` and
    /// 21,000 `stat` calls).
    pub fn report(&self, filter: &Filter) -> anyhow::Result<Report> {
        if !self.conn.is_autocommit() {
            return self.report_read(filter);
        }
        self.conn.execute_batch("BEGIN").with_context(|| self.context())?;
        let report = self.report_read(filter);
        // Nothing was written: the end of the transaction only lets the snapshot go.
        let _ = self.conn.execute_batch("COMMIT");
        report
    }

    fn report_read(&self, filter: &Filter) -> anyhow::Result<Report> {
        let mut diagnostics = Vec::new();
        // The entity's ids, looked up once.
        let focus_ids: Vec<String> = match &filter.entity {
            Some(e) => self.entity_ids(e)?,
            None => Vec::new(),
        };
        let all_facts: Vec<Fact> = if self.facts_stale()? {
            diagnostics.push(Diagnostic {
                level: Level::Warning,
                input: self.context(),
                message: "facts were stale (an ingest did not finish); reconciled in memory".into(),
            });
            let (sources, claims) = self.sources_and_claims()?;
            crate::report::schema::wire_facts(crate::reconcile::reconcile(&sources, &claims))
        } else if filter.entity.is_some() {
            let mut rows = BTreeMap::new();
            for id in &focus_ids {
                let top = crate::reconcile::top_entity(id);
                let mut stmt = self.conn.prepare_cached(
                    "SELECT key, ord, subject, object, json, support, newest, parts, node FROM facts WHERE subject = ?1 OR object = ?1",
                )?;
                for row in stmt.query_map([&top], Row::read)? {
                    let row = row?;
                    rows.insert(row.ord, row);
                }
            }
            self.scored_facts(rows.into_values().collect(), &self.trust()?)?
        } else {
            let mut stmt = self.conn.prepare(
                "SELECT key, ord, subject, object, json, support, newest, parts, node FROM facts ORDER BY ord",
            )?;
            let rows: Vec<Row> = stmt
                .query_map([], Row::read)?
                .collect::<Result<_, _>>()
                .with_context(|| self.context())?;
            let rank: HashMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
            let trust = self.trust()?;
            let mut facts = Vec::with_capacity(rows.len());
            for (i, row) in rows.iter().enumerate() {
                let parts: Vec<usize> = serde_json::from_str::<Vec<String>>(&row.parts)?
                    .iter()
                    .filter_map(|k| rank.get(k.as_str()).copied())
                    .collect();
                facts.push(row.scored(i, &parts, &trust)?);
            }
            facts
        };
        let mut facts = all_facts;
        if let Some(entity) = &filter.entity {
            let tops: HashSet<String> = focus_ids.iter().map(|id| crate::reconcile::top_entity(id)).collect();
            if tops.is_empty() {
                bail!(
                    "{}: no entity {entity:?} is stored (give an id, a name or an alias)",
                    self.context()
                );
            }
            facts.retain(|f| {
                f.subject.as_ref().is_some_and(|s| tops.contains(s))
                    || f.object.as_ref().is_some_and(|o| tops.contains(o))
            });
        }
        if let Some(story) = &filter.story {
            let Some(f) = facts.iter().find(|f| f.id == *story || f.key == *story).cloned() else {
                bail!(
                    "{}: no fact {story:?} (give a fact id such as f3 or its key)",
                    self.context()
                );
            };
            facts.retain(|x| x.id == f.id || f.parts.contains(&x.id));
        }
        let narrowed = filter.entity.is_some() || filter.story.is_some() || filter.since.is_some();
        // Sources: all, or those the kept facts cite; --since keeps the recent ones.
        let mut wanted: Option<HashSet<i64>> = (filter.entity.is_some() || filter.story.is_some()).then(|| {
            facts
                .iter()
                .flat_map(|f| f.evidence.iter().map(|e| source_number(&e.source)))
                .collect()
        });
        if let Some(since) = &filter.since {
            let recent: HashSet<i64> = self
                .conn
                .prepare("SELECT n FROM sources WHERE duplicate_of IS NULL AND published >= ?1")?
                .query_map([since], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            facts.retain(|f| f.evidence.iter().any(|e| recent.contains(&source_number(&e.source))));
            wanted = Some(match wanted {
                Some(w) => w.intersection(&recent).copied().collect(),
                None => recent,
            });
        }
        let mut numbers: Vec<i64> = match &wanted {
            Some(w) => w.iter().copied().collect(),
            None => self
                .conn
                .prepare("SELECT n FROM sources WHERE duplicate_of IS NULL ORDER BY n")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?,
        };
        numbers.sort_unstable();
        let mut sources = Vec::new();
        let mut mentions = Vec::new();
        let mut claims = Vec::new();
        let mut entities: BTreeMap<String, schema::Entity> = BTreeMap::new();
        // A report focused on an entity or a story keeps the claims its facts cite, and no
        // mentions but the entity's ids of them: it answers from a few rows per source.
        let focused = filter.entity.is_some() || filter.story.is_some();
        let cited: HashSet<&str> = facts
            .iter()
            .flat_map(|f| f.evidence.iter().map(|e| e.claim.as_str()))
            .collect();
        let places = cited_places(&cited);
        let mut text_of = self.conn.prepare_cached("SELECT text FROM texts WHERE source = ?1")?;
        for &n in &numbers {
            let mut source: schema::Source = self
                .read_json::<schema::Source>("SELECT json FROM sources WHERE n = ?1", [n])?
                .pop()
                .with_context(|| format!("{}: no stored source s{n}", self.context()))?;
            let wanted = places.get(&n).map(Vec::as_slice).unwrap_or_default();
            // The text, when the report gives it, or its mentions or its claims' quotes are sliced from it.
            if !filter.no_text || !focused || !wanted.is_empty() {
                let text: String = text_of
                    .query_row([n], |r| r.get(0))
                    .with_context(|| format!("{}: no stored text of s{n}", self.context()))?;
                let slicer = CharSlicer::new(&text);
                if focused {
                    claims.extend(self.cited_claims(n, wanted, &cited, &slicer)?);
                } else {
                    for row in
                        self.read_json::<Vec<StoredMention>>("SELECT json FROM mentions WHERE source = ?1", [n])?
                    {
                        mentions.extend(
                            row.into_iter()
                                .enumerate()
                                .map(|(k, m)| mention(&source.id, k, m, &slicer)),
                        );
                    }
                    for mut c in
                        self.read_json::<Vec<schema::Claim>>("SELECT json FROM claims WHERE source = ?1", [n])?
                    {
                        claims_back(n, &mut c, &slicer);
                        claims.extend(c);
                    }
                }
                if !filter.no_text {
                    source.text = Some(text);
                }
            }
            sources.push(source);
            if focused {
                // The entity's own records of this source, by key (a story keeps none).
                for id in &focus_ids {
                    for e in self.read_json::<schema::Entity>(
                        "SELECT json FROM entity_mentions WHERE entity = ?1 AND source = ?2",
                        params![id, n],
                    )? {
                        crate::report::merge::add_entity(&mut entities, e);
                    }
                }
            } else {
                for e in self.read_json::<schema::Entity>("SELECT json FROM entity_mentions WHERE source = ?1", [n])? {
                    crate::report::merge::add_entity(&mut entities, e);
                }
            }
        }
        // Copies of the sources kept: by index, those of each kept source when narrowed.
        let mut dups: Vec<(i64, Option<String>, i64)> = Vec::new();
        {
            let row = |r: &rusqlite::Row| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
            if wanted.is_some() {
                let mut stmt = self
                    .conn
                    .prepare("SELECT n, path, duplicate_of FROM sources WHERE duplicate_of = ?1")?;
                for &n in &numbers {
                    for d in stmt.query_map([n], row)? {
                        dups.push(d?);
                    }
                }
                dups.sort_unstable_by_key(|d| d.0);
            } else {
                let mut stmt = self
                    .conn
                    .prepare("SELECT n, path, duplicate_of FROM sources WHERE duplicate_of IS NOT NULL ORDER BY n")?;
                for d in stmt.query_map([], row)? {
                    dups.push(d?);
                }
            }
        }
        for (n, path, first) in dups {
            diagnostics.push(Diagnostic {
                level: Level::Info,
                input: path.unwrap_or_else(|| format!("s{n}")),
                message: format!("same text as s{first} (republished): counted once"),
            });
        }
        if narrowed {
            diagnostics.push(Diagnostic {
                level: Level::Info,
                input: self.context(),
                message: format!(
                    "narrowed report: {} facts of {} sources{}{}{}",
                    facts.len(),
                    sources.len(),
                    filter
                        .since
                        .as_deref()
                        .map(|d| format!(", since {d}"))
                        .unwrap_or_default(),
                    filter
                        .entity
                        .as_deref()
                        .map(|d| format!(", entity {d}"))
                        .unwrap_or_default(),
                    filter
                        .story
                        .as_deref()
                        .map(|d| format!(", story {d}"))
                        .unwrap_or_default(),
                ),
            });
        }
        Ok(Report {
            schema: SCHEMA_ID.to_string(),
            generator: schema::Generator {
                name: "newsfacts".into(),
                version: env!("CARGO_PKG_VERSION").into(),
            },
            sources,
            entities: entities.into_values().collect(),
            mentions,
            claims,
            facts,
            diagnostics,
        })
    }

    /// The claims of source `n` that `cited` names, in their order. A claim's
    /// id is its place (`s3.c5`: the fifth of `s3`), so only the cited places
    /// are decoded and the others skipped unread (a focused report cites a
    /// few claims of each of thousands of sources: decoding all of them was a
    /// third of `report --db --entity`); should a stored id not be its place,
    /// every claim of the source is decoded and kept by id.
    ///
    /// `wanted`: the places (from 0, sorted) that `cited` gives source `n`
    /// ([`cited_places`]). The row is decoded where SQLite holds it, not copied.
    /// `text`: the source's stored text, which gives the claims' ids, sources and quotes back ([`claims_back`]).
    fn cited_claims(
        &self,
        n: i64,
        wanted: &[usize],
        cited: &HashSet<&str>,
        text: &CharSlicer,
    ) -> anyhow::Result<Vec<schema::Claim>> {
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM claims WHERE source = ?1")
            .with_context(|| self.context())?;
        let mut rows = stmt.query([n]).with_context(|| self.context())?;
        let Some(row) = rows.next().with_context(|| self.context())? else {
            return Ok(Vec::new());
        };
        let json = row.get_ref(0)?.as_str()?;
        let bad = || format!("{}: a stored record does not read", self.context());
        let picked =
            serde::de::DeserializeSeed::deserialize(Picked(wanted), &mut serde_json::Deserializer::from_str(json))
                .with_context(bad)?;
        let source = format!("s{n}");
        let picked: Vec<schema::Claim> = picked
            .into_iter()
            .map(|(k, mut c)| {
                claim_back(&source, k, &mut c, text);
                c
            })
            .collect();
        if picked.len() == wanted.len() && picked.iter().all(|c| cited.contains(c.id.as_str())) {
            return Ok(picked);
        }
        let mut all: Vec<schema::Claim> = serde_json::from_str(json).with_context(bad)?;
        claims_back(n, &mut all, text);
        Ok(all.into_iter().filter(|c| cited.contains(c.id.as_str())).collect())
    }

    /// Entity ids stored whose id (ASCII case folded), or else name or alias
    /// (lowercased), is `name`; only entities some stored source still names.
    fn entity_ids(&self, name: &str) -> anyhow::Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT entity FROM entity_names n WHERE key = ?1 AND by_id = ?2
             AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity = n.entity) ORDER BY entity",
        )?;
        let ids: Vec<String> = stmt
            .query_map(params![name.to_ascii_lowercase(), 1], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if !ids.is_empty() {
            return Ok(ids);
        }
        Ok(stmt
            .query_map(params![name.to_lowercase(), 0], |r| r.get(0))?
            .collect::<Result<_, _>>()?)
    }

    /// The stored source number of a source id (`s3`) or stored path.
    pub fn source_by_name(&self, name: &str) -> anyhow::Result<String> {
        if let Some(n) = name.strip_prefix('s').and_then(|d| d.parse::<i64>().ok()) {
            let found: Option<i64> = self
                .conn
                .query_row("SELECT n FROM sources WHERE n = ?1", [n], |r| r.get(0))
                .optional()?;
            if found.is_some() {
                return Ok(format!("s{n}"));
            }
        }
        let abs = std::fs::canonicalize(name).ok().map(|p| p.display().to_string());
        for candidate in [Some(name.to_string()), abs].into_iter().flatten() {
            let found: Option<(i64, Option<i64>)> = self
                .conn
                .query_row(
                    "SELECT n, duplicate_of FROM sources WHERE path = ?1 ORDER BY n DESC LIMIT 1",
                    [&candidate],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((n, dup)) = found {
                return Ok(format!("s{}", dup.unwrap_or(n)));
            }
        }
        bail!(
            "{}: no stored source {name:?} (give a source id such as s3 or a stored path)",
            self.context()
        )
    }

    /// Counts of sources (with duplicates), claims and facts.
    pub fn counts(&self) -> anyhow::Result<(i64, i64, i64)> {
        let q = |sql: &str| -> anyhow::Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok((
            q("SELECT count(*) FROM sources")?,
            q("SELECT coalesce(sum(count), 0) FROM claims")?,
            q("SELECT count(*) FROM facts")?,
        ))
    }
}

/// The places (from 0, sorted) of the cited claims in each source, by the
/// source's number: `s3.c5` is the fifth claim of source 3.
fn cited_places(cited: &HashSet<&str>) -> HashMap<i64, Vec<usize>> {
    let mut places: HashMap<i64, Vec<usize>> = HashMap::new();
    for id in cited {
        let Some((source, k)) = id.strip_prefix('s').and_then(|r| r.split_once(".c")) else {
            continue;
        };
        if let (Ok(n), Some(k)) = (
            source.parse::<i64>(),
            k.parse::<usize>().ok().and_then(|k| k.checked_sub(1)),
        ) {
            places.entry(n).or_default().push(k);
        }
    }
    for p in places.values_mut() {
        p.sort_unstable();
    }
    places
}

/// A JSON array of claims read for the places listed (sorted): those are
/// decoded, each with its place, the others skipped without building them.
struct Picked<'a>(&'a [usize]);

impl<'de> serde::de::DeserializeSeed<'de> for Picked<'_> {
    type Value = Vec<(usize, schema::Claim)>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Picked<'_> {
    type Value = Vec<(usize, schema::Claim)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of claims")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(self.0.len());
        let mut wanted = self.0.iter().peekable();
        let mut k = 0usize;
        loop {
            if wanted.peek().is_none() {
                // The rest unread: nothing more is kept (the array still has to be well formed).
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                return Ok(out);
            }
            if wanted.peek() == Some(&&k) {
                match seq.next_element::<schema::Claim>()? {
                    Some(c) => out.push((k, c)),
                    None => return Ok(out),
                }
                while wanted.peek() == Some(&&k) {
                    wanted.next();
                }
            } else if seq.next_element::<serde::de::IgnoredAny>()?.is_none() {
                return Ok(out);
            }
            k += 1;
        }
    }
}

/// What an input is known by in the store: the SHA-256 of its text
/// ([`report::sha256_hex`]) and its path as stored ([`path_key`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputKey {
    pub sha: String,
    pub path: Option<String>,
}

impl InputKey {
    pub fn of(article: &crate::article::Article) -> Self {
        InputKey {
            sha: report::sha256_hex(&article.text),
            path: article.path.as_deref().map(path_key),
        }
    }

    /// Whether `known` holds this input already: its path with this text, or
    /// (an input without a path) this text.
    pub fn is_stored(&self, known: &Known) -> bool {
        match &self.path {
            Some(p) => known.by_path.get(p) == Some(&self.sha),
            None => known.by_sha.contains_key(&self.sha),
        }
    }
}

/// Stored paths and texts, looked up before extracting an input.
#[derive(Debug, Default, Clone)]
pub struct Known {
    /// Path → SHA-256 of its stored text.
    pub by_path: HashMap<String, String>,
    /// SHA-256 → the first source with that text.
    pub by_sha: HashMap<String, i64>,
}

/// The rows of `entity_names` for `e`: (key, by id, entity).
fn entity_names(e: &schema::Entity) -> Vec<(String, bool, String)> {
    std::iter::once((e.id.to_ascii_lowercase(), true, e.id.clone()))
        .chain(
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|name| (name.to_lowercase(), false, e.id.clone())),
        )
        .collect()
}

/// Most rows in one table that one multi-row statement inserts.
const ROWS_PER_INSERT: usize = 32;

/// Inserts rows of `cols` parameters each (`params`, row after row) with
/// `head` (an `INSERT` up to `VALUES`), [`ROWS_PER_INSERT`] rows a statement:
/// a statement per row cost about as much as the row itself (SQLite's set-up
/// and halt of each statement, rusqlite's binding and reset). The rows go in
/// in the order given, as one statement each would insert them.
fn insert_rows(conn: &Connection, head: &str, cols: usize, params: &[&dyn rusqlite::ToSql]) -> rusqlite::Result<()> {
    debug_assert_eq!(params.len() % cols, 0, "a row of other than {cols} parameters");
    for chunk in params.chunks(ROWS_PER_INSERT * cols) {
        let mut sql = String::with_capacity(head.len() + chunk.len() * 2 + 4 * chunk.len() / cols);
        sql.push_str(head);
        for r in 0..chunk.len() / cols {
            sql.push_str(if r == 0 { " (" } else { ", (" });
            for c in 0..cols {
                sql.push_str(if c == 0 { "?" } else { ", ?" });
            }
            sql.push(')');
        }
        conn.prepare_cached(&sql)?.execute(chunk)?;
    }
    Ok(())
}

/// Records the id, name and aliases of `e` for [`Store::entity_ids`].
fn add_entity_names(conn: &Connection, e: &schema::Entity) -> rusqlite::Result<()> {
    let mut ins = conn.prepare_cached("INSERT OR IGNORE INTO entity_names(key, by_id, entity) VALUES (?1, ?2, ?3)")?;
    for (key, by_id, entity) in entity_names(e) {
        ins.execute(params![key, by_id as i64, entity])?;
    }
    Ok(())
}

/// Store version 1, 2, 3 or 4 to 5: the entity-name table (version 1), filled from
/// every stored entity record; the claims' nodes (versions 1 and 2), from
/// every stored claim, all pending, the facts dropped, to be reconciled
/// again; the texts out of the source records and the mentions in their
/// compact form (before version 4); the claims without what the text gives
/// back (before version 5).
fn upgrade(conn: &Connection, from: i32) -> anyhow::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let filled = (|| -> anyhow::Result<()> {
        if from < 2 {
            conn.execute_batch(SCHEMA_V2_ADDS)?;
            let mut stmt = conn.prepare("SELECT json FROM entity_mentions")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for row in rows {
                let e: schema::Entity = serde_json::from_str(&row?).context("a stored entity record does not read")?;
                add_entity_names(conn, &e)?;
            }
        }
        if from < 3 {
            nodes_of_claims(conn)?;
        }
        if from < 4 {
            texts_apart(conn)?;
        }
        quotes_apart(conn)
    })();
    match filled {
        Ok(()) => Ok(conn.execute_batch(&format!("PRAGMA user_version = {STORE_VERSION}; COMMIT;"))?),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Version 3's tables, the claims' nodes filled from every stored claim, all pending.
fn nodes_of_claims(conn: &Connection) -> anyhow::Result<()> {
    conn.execute_batch(SCHEMA_V3_ADDS)?;
    let mut stmt = conn.prepare("SELECT source, json FROM claims")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut ins = conn.prepare("INSERT OR IGNORE INTO claim_nodes(node, source) VALUES (?1, ?2)")?;
    for row in rows {
        let (n, json) = row?;
        let claims: Vec<schema::Claim> = serde_json::from_str(&json).context("stored claims do not read")?;
        for c in claims {
            for e in crate::reconcile::claim_nodes(&crate::reconcile::Claim::from(c)) {
                ins.execute(params![e, n])?;
            }
        }
    }
    conn.execute_batch("INSERT OR IGNORE INTO pending(node) SELECT DISTINCT node FROM claim_nodes;")?;
    Ok(())
}

/// Version 4's texts apart: each source record's text moved to `texts` (a
/// copy's record drops it: it is its original's), each source's mentions
/// rewritten as [`StoredMention`]s, after checking that their ids and texts
/// are the ones given back when read (else the upgrade stops, nothing changed).
/// Row by row: a store of 100,000 articles holds gigabytes of these.
fn texts_apart(conn: &Connection) -> anyhow::Result<()> {
    conn.execute_batch(SCHEMA_V4_ADDS)?;
    let ns: Vec<(i64, bool)> = conn
        .prepare("SELECT n, duplicate_of IS NOT NULL FROM sources ORDER BY n")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut read = conn.prepare("SELECT json FROM sources WHERE n = ?1")?;
    let mut write = conn.prepare("UPDATE sources SET json = ?2 WHERE n = ?1")?;
    let mut put_text = conn.prepare("INSERT OR REPLACE INTO texts(source, text) VALUES (?1, ?2)")?;
    let mut mentions_of = conn.prepare("SELECT json FROM mentions WHERE source = ?1")?;
    let mut put_mentions = conn.prepare("UPDATE mentions SET json = ?2 WHERE source = ?1")?;
    for (n, copy) in ns {
        let json: String = read.query_row([n], |r| r.get(0))?;
        let mut source: schema::Source =
            serde_json::from_str(&json).with_context(|| format!("the stored record of s{n} does not read"))?;
        let Some(text) = source.text.take() else {
            if copy {
                continue;
            }
            bail!("the stored record of s{n} has no text");
        };
        write.execute(params![n, serde_json::to_string(&source)?])?;
        if copy {
            continue;
        }
        put_text.execute(params![n, text])?;
        let Some(json) = mentions_of.query_row([n], |r| r.get::<_, String>(0)).optional()? else {
            continue;
        };
        let stored: Vec<schema::Mention> =
            serde_json::from_str(&json).with_context(|| format!("the stored mentions of s{n} do not read"))?;
        let slicer = CharSlicer::new(&text);
        let mut compact = Vec::with_capacity(stored.len());
        for (k, m) in stored.into_iter().enumerate() {
            let (id, value) = (m.id.clone(), m.value.to_json());
            let back = mention(
                &source.id,
                k,
                (m.kind, m.start, m.end, m.sentence, value, m.rule.clone(), m.boilerplate),
                &slicer,
            );
            if back.id != id || back.text != m.text || back.source != m.source {
                bail!("stored mention {id} is not the text its offsets give in s{n}");
            }
            compact.push((m.kind, m.start, m.end, m.sentence, m.value, m.rule, m.boilerplate));
        }
        put_mentions.execute(params![n, serde_json::to_string(&compact)?])?;
    }
    Ok(())
}

/// Version 5's claims: each source's claims row rewritten as [`stored_claims`]
/// writes it (ids, sources and quotes that the stored text gives back left
/// out), after checking that they read back as they were stored (else the
/// upgrade stops, nothing changed). Row by row, as [`texts_apart`].
fn quotes_apart(conn: &Connection) -> anyhow::Result<()> {
    let ns: Vec<i64> = conn
        .prepare("SELECT source FROM claims ORDER BY source")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut read = conn.prepare("SELECT json FROM claims WHERE source = ?1")?;
    let mut text_of = conn.prepare("SELECT text FROM texts WHERE source = ?1")?;
    let mut write = conn.prepare("UPDATE claims SET json = ?2 WHERE source = ?1")?;
    for n in ns {
        let json: String = read.query_row([n], |r| r.get(0))?;
        let mut claims: Vec<schema::Claim> =
            serde_json::from_str(&json).with_context(|| format!("the stored claims of s{n} do not read"))?;
        if claims.is_empty() {
            continue;
        }
        let text: String = text_of
            .query_row([n], |r| r.get(0))
            .optional()?
            .with_context(|| format!("s{n} has claims but no stored text"))?;
        let slicer = CharSlicer::new(&text);
        let stored = stored_claims(n, &mut claims, &slicer)?;
        let mut back: Vec<schema::Claim> = serde_json::from_str(&stored)?;
        claims_back(n, &mut back, &slicer);
        if back != claims {
            bail!("the stored claims of s{n} do not read back as they were");
        }
        write.execute(params![n, stored])?;
    }
    Ok(())
}

/// How a path is stored and looked up: absolute when it exists, so the same
/// file given from two folders is one input.
pub fn path_key(p: &Path) -> String {
    std::fs::canonicalize(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

fn source_number(id: &str) -> i64 {
    id.trim_start_matches('s').parse().unwrap_or(0)
}

/// A fact read from the store: its id is its place.
fn stored_fact(ord: i64, json: &str) -> anyhow::Result<Fact> {
    let mut f: Fact = serde_json::from_str(json).context("a stored fact does not read")?;
    f.id = format!("f{}", ord + 1);
    // A fact stored before report schema v3 repeats its claims' quotes: the report gives them in the claims.
    for e in &mut f.evidence {
        (e.sentence, e.start, e.end, e.quote) = (None, None, None, None);
    }
    Ok(f)
}

/// A stored fact: unscored, with what scoring and numbering it need.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    key: String,
    ord: i64,
    subject: Option<String>,
    object: Option<String>,
    /// The unscored wire fact without its id.
    json: String,
    /// [`support_json`] of its sides.
    support: String,
    newest: Option<i64>,
    /// Keys of its parts (JSON).
    parts: String,
    /// Its subject within its type's family ([`crate::reconcile::node`]).
    node: String,
}

impl Row {
    /// Reads `key, ord, subject, object, json, support, newest, parts, node`.
    fn read(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(Row {
            key: r.get(0)?,
            ord: r.get(1)?,
            subject: r.get(2)?,
            object: r.get(3)?,
            json: r.get(4)?,
            support: r.get(5)?,
            newest: r.get(6)?,
            parts: r.get(7)?,
            node: r.get(8)?,
        })
    }

    /// The fact as the report gives it: scored with the outlets' trust
    /// ([`crate::reconcile::side_order`]), numbered `f{rank + 1}`, its parts by number.
    fn scored(&self, rank: usize, part_ranks: &[usize], trust: &BTreeMap<String, f64>) -> anyhow::Result<Fact> {
        let support = support_of(&self.support)?;
        self.score(stored_fact(rank as i64, &self.json)?, &support, rank, part_ranks, trust)
    }

    /// [`Row::scored`] of `f`, this row's fact unscored (as its JSON reads, or the
    /// fact the row was written from, which is what the JSON reads back), and
    /// `support`, its sides' support (as [`support_of`] reads it back, or the
    /// support the row was written from: the same to the bit).
    fn score(
        &self,
        mut f: Fact,
        support: &[Vec<(String, f64)>],
        rank: usize,
        part_ranks: &[usize],
        trust: &BTreeMap<String, f64>,
    ) -> anyhow::Result<Fact> {
        f.id = format!("f{}", rank + 1);
        let (conf, order) = crate::reconcile::side_order(support, self.newest.map(|n| n as usize), trust);
        if conf.len() != f.sides.len() || f.sides.is_empty() {
            bail!("a stored fact's support does not match its sides ({})", self.key);
        }
        f.sides = crate::reconcile::ranked(std::mem::take(&mut f.sides), conf, order, |side, c| side.confidence = c);
        f.value = f.sides[0].value.clone();
        f.confidence = f.sides[0].confidence;
        f.parts = part_ranks.iter().map(|r| format!("f{}", r + 1)).collect();
        Ok(f)
    }
}

/// A fact's support as stored: per side, (outlet, weight as its IEEE bits),
/// so that the weight reads back exactly.
fn support_json(support: &[Vec<(String, f64)>]) -> serde_json::Result<String> {
    let bits: Vec<Vec<(&str, u64)>> = support
        .iter()
        .map(|side| side.iter().map(|(s, w)| (s.as_str(), w.to_bits())).collect())
        .collect();
    serde_json::to_string(&bits)
}

fn support_of(json: &str) -> anyhow::Result<Vec<Vec<(String, f64)>>> {
    let bits: Vec<Vec<(String, u64)>> = serde_json::from_str(json).context("a stored fact's support does not read")?;
    Ok(bits
        .into_iter()
        .map(|side| side.into_iter().map(|(s, b)| (s, f64::from_bits(b))).collect())
        .collect())
}

/// The claims of source `n` as version 5 stores them: the wire claims' JSON
/// array, each claim's id, source and quote left empty where they are what
/// [`claims_back`] gives back (`s{n}.c{k}` for the `k`-th, `s{n}`, the chars
/// `start..end` of `text`, the stored text), else kept as they are (an empty
/// one that is not what it gives back cannot be kept: an error). The quotes
/// were most of a claims row and of the cost of writing it (JSON escaping).
/// `claims` are given back as they were.
fn stored_claims(n: i64, claims: &mut [schema::Claim], text: &CharSlicer) -> anyhow::Result<String> {
    let source = format!("s{n}");
    let mut taken: Vec<[Option<String>; 3]> = Vec::with_capacity(claims.len());
    let blank = |field: &mut String, given: bool| -> anyhow::Result<Option<String>> {
        if given {
            Ok(Some(std::mem::take(field)))
        } else if field.is_empty() {
            bail!("a claim of s{n} has an empty id, source or quote where the store gives one back")
        } else {
            Ok(None)
        }
    };
    for (k, c) in claims.iter_mut().enumerate() {
        let id = c.id == format!("{source}.c{}", k + 1);
        let src = c.source == source;
        let quote = c.quote == text.slice(c.start, c.end);
        taken.push([
            blank(&mut c.id, id)?,
            blank(&mut c.source, src)?,
            blank(&mut c.quote, quote)?,
        ]);
    }
    let json = serde_json::to_string(&*claims);
    for (c, [id, src, quote]) in claims.iter_mut().zip(taken) {
        for (field, v) in [(&mut c.id, id), (&mut c.source, src), (&mut c.quote, quote)] {
            if let Some(v) = v {
                *field = v;
            }
        }
    }
    Ok(json?)
}

/// Stored claims of source `n` ([`stored_claims`]) given back their ids, sources and quotes.
fn claims_back(n: i64, claims: &mut [schema::Claim], text: &CharSlicer) {
    let source = format!("s{n}");
    for (k, c) in claims.iter_mut().enumerate() {
        claim_back(&source, k, c, text);
    }
}

/// The `k`-th (from 0) stored claim of `source` given back what [`stored_claims`] left empty.
fn claim_back(source: &str, k: usize, c: &mut schema::Claim, text: &CharSlicer) {
    if c.id.is_empty() {
        c.id = format!("{source}.c{}", k + 1);
    }
    if c.source.is_empty() {
        c.source = source.to_string();
    }
    if c.quote.is_empty() {
        c.quote = text.slice(c.start, c.end).to_string();
    }
}

/// A stored mention given back its id, source and text.
fn mention(source: &str, k: usize, m: StoredMention, text: &CharSlicer) -> schema::Mention {
    let (kind, start, end, sentence, value, rule, boilerplate) = m;
    schema::Mention {
        id: format!("{source}.m{}", k + 1),
        source: source.to_string(),
        kind,
        start,
        end,
        text: text.slice(start, end).to_string(),
        sentence,
        value: schema::MentionValue::Read(value),
        rule,
        boilerplate,
    }
}

/// Union-find root.
fn top(root: &mut [usize], mut k: usize) -> usize {
    while root[k] != k {
        root[k] = root[root[k]];
        k = root[k];
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_rows_inserts_every_row_in_order_across_statements() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t(a TEXT NOT NULL, b INTEGER NOT NULL, c TEXT NOT NULL, UNIQUE(a, b))")
            .unwrap();
        // 70 rows: two full statements of 32 rows and one of 6; row 68 repeats the key of row 3.
        let rows: Vec<(String, i64, String)> = (0..70)
            .map(|i| (format!("k{}", if i == 68 { 3 } else { i }), i % 5, format!("v{i}")))
            .collect();
        let mut params: Vec<&dyn rusqlite::ToSql> = Vec::new();
        for (a, b, c) in &rows {
            params.extend([a as &dyn rusqlite::ToSql, b, c]);
        }
        insert_rows(&conn, "INSERT OR IGNORE INTO t(a, b, c) VALUES", 3, &params).unwrap();
        let read = || -> Vec<(i64, String, i64, String)> {
            conn.prepare("SELECT rowid, a, b, c FROM t ORDER BY rowid")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        // Every row but the repeat, in order, as one statement per row inserts them.
        let expected: Vec<(i64, String, i64, String)> = rows
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 68)
            .enumerate()
            .map(|(k, (_, (a, b, c)))| (k as i64 + 1, a.clone(), *b, c.clone()))
            .collect();
        assert_eq!(read().len(), 69);
        assert_eq!(read(), expected);
        assert_eq!(read()[68], (69, "k69".to_string(), 4, "v69".to_string()));
        // Rows stored already are ignored.
        insert_rows(&conn, "INSERT OR IGNORE INTO t(a, b, c) VALUES", 3, &params[..6]).unwrap();
        assert_eq!(read(), expected);
        // No rows: no statement.
        insert_rows(&conn, "INSERT INTO t(a, b, c) VALUES", 3, &[]).unwrap();
    }
}
