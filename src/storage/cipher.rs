//! Encryption at rest: a workspace file (and every copy of it the core writes) encrypted with
//! SQLCipher under a key derived from the user's passphrase.
//!
//! Contract:
//! - **Key.** The passphrase is stretched with Argon2id (RFC 9106's second recommended setting:
//!   64 MiB, 3 passes, 4 lanes; fixed, so the file needs no record of them) over a random
//!   16-byte salt into a 32-byte key. The connection is keyed with SQLCipher's raw key *with
//!   explicit salt* (`PRAGMA key = "x'<key><salt>'"`), so SQLCipher's own salt, the file's first
//!   16 bytes, **is** the Argon2 salt: the key can be derived from the file alone, before any
//!   connection reads it, with no sidecar file. Otherwise the file is a standard SQLCipher 4
//!   file (AES-256, HMAC-SHA512 per page, 4 KiB pages).
//! - **Detection.** [`file_salt`] reads only the file's first bytes with plain file I/O: a file of
//!   whole pages that does not start with SQLite's header is taken as encrypted, and opening it
//!   without a passphrase is [`Error::Encrypted`], before any connection or pragma touches it.
//! - **Wrong passphrase.** Keying is checked by reading the schema at once; a key that does not
//!   decrypt is [`Error::WrongPassphrase`] and nothing is written.
//! - **Enable / change / disable** ([`Db::encrypt`], [`Db::change_passphrase`], [`Db::decrypt`])
//!   write the whole workspace with `sqlcipher_export` into a new temporary file beside it,
//!   check that copy (opened with its key, `quick_check`), close the live connection (its WAL
//!   merged), and rename the copy over the file: the file is either the old one or the new one,
//!   never a mix. Change and disable ask for the current passphrase first. The `Db` mutex is
//!   held throughout, so no write slips in between; the undo history goes along unchanged.
//! - **Copies.** [`copy_to`] writes a copy through SQLite's online backup API into a connection
//!   keyed with the workspace's key: a copy of an encrypted workspace is encrypted with the same
//!   passphrase (saved copies, backups). When the key changes, every backup is rewritten under
//!   the new key ([`rewrite_file`]); one that cannot be is removed, never left under the old key.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::backup::BackupSettings;
use crate::db::Db;
use crate::error::{Error, Problem, Result};

/// Bytes of the salt, which SQLCipher keeps as the file's first bytes.
pub const SALT_LEN: usize = 16;
const KEY_LEN: usize = 32;
/// Shortest passphrase accepted when encryption is enabled or the passphrase changed.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Argon2id cost (KiB of memory, passes, lanes): never changed for existing files.
const ARGON2_COST: (u32, u32, u32) = (64 * 1024, 3, 4);
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The key a workspace is encrypted with: Argon2id(passphrase, salt) and that salt.
#[derive(Clone)]
pub struct Key {
    raw: Zeroizing<[u8; KEY_LEN]>,
    salt: [u8; SALT_LEN],
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)") // never the bytes, not even in logs
    }
}

impl Key {
    /// The key of a file whose salt is `salt`.
    pub fn derive(passphrase: &str, salt: [u8; SALT_LEN]) -> Result<Key> {
        let (memory, passes, lanes) = ARGON2_COST;
        let params = argon2::Params::new(memory, passes, lanes, Some(KEY_LEN))
            .map_err(|_| Error::problem("passphrase", Problem::Malformed))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut raw = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, raw.as_mut())
            .map_err(|_| Error::problem("passphrase", Problem::Malformed))?; // only a passphrase over 4 GiB
        Ok(Key { raw, salt })
    }

    /// A key for a file about to be written, with a fresh random salt.
    pub fn fresh(passphrase: &str) -> Result<Key> {
        check_new_passphrase(passphrase)?;
        let mut salt = [0u8; SALT_LEN];
        getrandom::fill(&mut salt).map_err(|e| Error::Io {
            context: "cannot draw a random salt".to_owned(),
            source: std::io::Error::other(e.to_string()),
        })?;
        Key::derive(passphrase, salt)
    }

    /// SQLCipher's raw key with explicit salt: `x'<64 hex key><32 hex salt>'`.
    fn sql_literal(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(4 + 2 * (KEY_LEN + SALT_LEN)));
        text.push_str("x'");
        for byte in self.raw.iter().chain(self.salt.iter()) {
            text.push_str(&format!("{byte:02x}"));
        }
        text.push('\'');
        text
    }

    fn same_as(&self, other: &Key) -> bool {
        // Both derived here from a typed passphrase: no timing channel worth closing.
        self.raw[..] == other.raw[..] && self.salt == other.salt
    }
}

fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().is_empty() {
        return Err(Error::problem("passphrase", Problem::Empty));
    }
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::problem(
            "passphrase",
            Problem::TooShort {
                min: MIN_PASSPHRASE_CHARS as i64,
            },
        ));
    }
    Ok(())
}

/// The salt of an encrypted workspace file, `None` for a plain SQLite file, a file too short to
/// be a database, or no file. Reads the first bytes only; never opens a connection.
pub fn file_salt(path: &Path) -> Result<Option<[u8; SALT_LEN]>> {
    let io = |source| Error::Io {
        context: format!("cannot read {}", path.display()),
        source,
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    let len = file.metadata().map_err(io)?.len();
    // SQLCipher writes whole pages (512 bytes at least); anything else is not an encrypted file.
    if len < 512 || len % 512 != 0 {
        return Ok(None);
    }
    let mut header = [0u8; SALT_LEN];
    file.read_exact(&mut header).map_err(io)?;
    Ok((&header != SQLITE_HEADER).then_some(header))
}

/// Whether the file at `path` is an encrypted workspace (see [`file_salt`]).
pub fn is_encrypted_file(path: &Path) -> Result<bool> {
    Ok(file_salt(path)?.is_some())
}

/// Keys a freshly opened connection; must come before any other statement on it. Checks the
/// key at once: one that does not decrypt the file is [`Error::WrongPassphrase`].
pub(crate) fn apply(conn: &Connection, key: &Key, path: &Path) -> Result<()> {
    // A wrong key is an expected answer, told as a typed error: SQLCipher need not log it.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.sql_literal().as_str()))?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Error::WrongPassphrase { path: path.to_owned() })
        }
        Err(e) => Err(e.into()),
    }
}

/// Writes a copy of `conn`'s main database to `target` through the online backup API, keyed
/// with `key` when the workspace is encrypted. `target` must be new or empty.
pub(crate) fn copy_to(conn: &Connection, key: Option<&Key>, target: &Path) -> Result<()> {
    let mut copy = Connection::open(target)?;
    if let Some(key) = key {
        apply(&copy, key, target)?;
    }
    let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
    backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    Ok(())
}

impl Db {
    /// Opens the encrypted workspace at `path` with `passphrase` (a plain workspace opens as
    /// [`Db::open`] would). A wrong passphrase is [`Error::WrongPassphrase`]; nothing is written.
    pub fn open_with_passphrase(path: &Path, passphrase: &str) -> Result<Db> {
        Db::open_with_passphrase_and_backups(path, passphrase, &BackupSettings::beside(path))
    }

    /// [`Db::open_with_passphrase`] with the backups kept as `settings` say.
    pub fn open_with_passphrase_and_backups(path: &Path, passphrase: &str, settings: &BackupSettings) -> Result<Db> {
        match file_salt(path)? {
            Some(salt) => Db::open_keyed(path, settings, Some(Key::derive(passphrase, salt)?)),
            None => Db::open_with_backups(path, settings),
        }
    }

    /// Whether the open workspace is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key().is_some()
    }

    /// Encrypts the open workspace with `passphrase` (at least [`MIN_PASSPHRASE_CHARS`]).
    pub fn encrypt(&self, passphrase: &str) -> Result<()> {
        if self.is_encrypted() {
            return Err(Error::problem("encryption", Problem::NotApplicable));
        }
        self.rewrite(Some(Key::fresh(passphrase)?))
    }

    /// Re-encrypts the workspace under `new` (with a new salt), once `current` is checked.
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<()> {
        self.check_passphrase(current)?;
        self.rewrite(Some(Key::fresh(new)?))
    }

    /// Writes the workspace back in plain form, once `current` is checked.
    pub fn decrypt(&self, current: &str) -> Result<()> {
        self.check_passphrase(current)?;
        self.rewrite(None)
    }

    fn check_passphrase(&self, passphrase: &str) -> Result<()> {
        let Some(key) = self.key() else {
            return Err(Error::problem("encryption", Problem::NotApplicable));
        };
        if Key::derive(passphrase, key.salt)?.same_as(&key) {
            Ok(())
        } else {
            Err(Error::WrongPassphrase {
                path: self.path().map(Path::to_owned).unwrap_or_default(),
            })
        }
    }

    /// Rewrites the whole file under `key` (none: plain), atomically (see the module doc).
    fn rewrite(&self, key: Option<Key>) -> Result<()> {
        self.refuse_if_read_only()?;
        let Some(path) = self.path().map(Path::to_owned) else {
            return Err(Error::problem("encryption", Problem::NotApplicable));
        };
        let old_key = self.key();
        let mut conn = self.lock_conn();
        let temp = sibling(&path, ".rekeying");
        // A leftover of an interrupted attempt is ours and worthless: the workspace was kept.
        let _ = std::fs::remove_file(&temp);
        let written = export(&conn, &temp, key.as_ref()).and_then(|()| verify(&temp, key.as_ref()));
        if let Err(error) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(error);
        }
        // Swap: the live connection closes (its WAL merged into the old file), then the new file
        // takes the old one's name in one rename.
        let placeholder = Connection::open_in_memory()?;
        let old = std::mem::replace(&mut *conn, placeholder);
        if let Err((old, error)) = old.close() {
            *conn = old;
            let _ = std::fs::remove_file(&temp);
            return Err(error.into());
        }
        let wal_left = std::fs::metadata(sibling(&path, "-wal")).is_ok_and(|m| m.len() > 0);
        let renamed = if wal_left {
            // Another connection still holds the WAL: its frames belong to the old file.
            Err(Error::Io {
                context: format!("{} is still in use", path.display()),
                source: std::io::Error::from(std::io::ErrorKind::ResourceBusy),
            })
        } else {
            std::fs::rename(&temp, &path).map_err(|source| Error::Io {
                context: format!("cannot replace {}", path.display()),
                source,
            })
        };
        if let Err(error) = renamed {
            let _ = std::fs::remove_file(&temp);
            *conn = super::reconnect(&path, old_key.as_ref())?;
            return Err(error);
        }
        sync_folder(&path);
        *conn = super::reconnect(&path, key.as_ref())?;
        drop(conn);
        self.set_key(key.clone());
        self.rekey_backups(old_key.as_ref(), key.as_ref());
        Ok(())
    }

    /// Backups follow the workspace's key: each is rewritten under the new one. One that cannot
    /// be (made under yet another key, damaged) is removed rather than left readable under a
    /// key the user meant to retire; the workspace itself is already rewritten either way.
    fn rekey_backups(&self, old: Option<&Key>, new: Option<&Key>) {
        let Some(paths) = self.backups().and_then(|b| b.paths().ok()) else {
            return;
        };
        for path in paths {
            if rewrite_file(&path, old, new).is_err() {
                super::backup::remove_quietly(&path);
            }
        }
    }
}

/// Rewrites a closed workspace file (a backup, for instance) from `old` to `new` (either `None`:
/// plain), atomically as the open workspace is: a failure leaves the file as it was.
pub(crate) fn rewrite_file(path: &Path, old: Option<&Key>, new: Option<&Key>) -> Result<()> {
    let temp = sibling(path, ".rekeying");
    let _ = std::fs::remove_file(&temp);
    let written = (|| {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        if let Some(key) = old {
            apply(&conn, key, path)?;
        }
        export(&conn, &temp, new)?;
        conn.close().map_err(|(_, e)| Error::from(e))?;
        verify(&temp, new)
    })();
    let replaced = written.and_then(|()| {
        std::fs::rename(&temp, path).map_err(|source| Error::Io {
            context: format!("cannot replace {}", path.display()),
            source,
        })
    });
    if replaced.is_err() {
        let _ = std::fs::remove_file(&temp);
    } else {
        sync_folder(path);
    }
    replaced
}

/// `sqlcipher_export` of the whole main database into a new file at `target`, keyed with `key`
/// (an empty key: plain). Foreign keys are off meanwhile: tables are copied one by one.
fn export(conn: &Connection, target: &Path, key: Option<&Key>) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
        .map_err(|source| Error::Io {
            context: format!("cannot create {}", target.display()),
            source,
        })?;
    // SQLCipher reads a key text of the form x'...' as a raw key; an empty key is no encryption.
    let literal = key.map(Key::sql_literal).unwrap_or_default();
    conn.execute(
        "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
        [target.to_string_lossy().as_ref(), literal.as_str()],
    )?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let exported = conn
        .query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))
        .and_then(|()| {
            // Not copied by sqlcipher_export: the workspace mark and the schema version.
            for pragma in ["application_id", "user_version"] {
                let value: i64 = conn.pragma_query_value(None, pragma, |row| row.get(0))?;
                conn.pragma_update(Some("rekeyed"), pragma, value)?;
            }
            Ok(())
        })
        .map_err(Error::from);
    let restored = conn.pragma_update(None, "foreign_keys", true).map_err(Error::from);
    let detached = conn.execute_batch("DETACH DATABASE rekeyed").map_err(Error::from);
    exported.and(restored).and(detached)?;
    File::open(target)
        .and_then(|f| f.sync_all())
        .map_err(|source| Error::Io {
            context: format!("cannot write {}", target.display()),
            source,
        })
}

/// Opens the written copy as it will be opened from now on and checks it whole.
fn verify(target: &Path, key: Option<&Key>) -> Result<()> {
    let conn = Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if let Some(key) = key {
        apply(&conn, key, target)?;
    }
    let check: String = conn.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: target.to_owned(),
            detail: check,
        });
    }
    Ok(())
}

/// `<file><suffix>` beside the file.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Makes the rename durable; where folders cannot be synced (Windows) the rename still is atomic.
fn sync_folder(path: &Path) {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(folder) = File::open(parent) {
            let _ = folder.sync_all();
        }
    }
}
