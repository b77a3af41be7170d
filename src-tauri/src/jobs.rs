//! Long exports running off the UI thread, each with a cancel flag the UI can raise.
//!
//! Contract: [`ExportJobs::run`] registers the UI's job id, runs the work on the blocking pool
//! (`tauri::async_runtime::spawn_blocking`), emits its progress as [`ExportProgress`] events and
//! forgets the job when it ends, however it ends. [`ExportJobs::cancel`] raises the job's flag; the
//! core checks it between pages or sheets and then writes nothing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use symbio::document::{ExportOutcome, Progress};

use crate::error::{CommandError, CommandResult};
use crate::events::ExportProgress;

type Emit = Arc<dyn Fn(ExportProgress) + Send + Sync>;

pub struct ExportJobs {
    running: Mutex<HashMap<u32, Arc<AtomicBool>>>,
    emit: Emit,
}

impl ExportJobs {
    /// Jobs whose progress goes to `emit` (the app emits it as an event to the UI).
    pub fn new(emit: impl Fn(ExportProgress) + Send + Sync + 'static) -> Self {
        Self {
            running: Mutex::new(HashMap::new()),
            emit: Arc::new(emit),
        }
    }

    fn jobs(&self) -> std::sync::MutexGuard<'_, HashMap<u32, Arc<AtomicBool>>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Raises the cancel flag of `job`; false when no such job is running.
    pub fn cancel(&self, job: u32) -> bool {
        self.jobs()
            .get(&job)
            .map(|flag| flag.store(true, Ordering::Relaxed))
            .is_some()
    }

    /// Runs `work` as job `job` on the blocking pool, its progress emitted to the UI.
    pub async fn run<F>(&self, job: u32, work: F) -> CommandResult<ExportOutcome>
    where
        F: FnOnce(&mut dyn FnMut(Progress), &AtomicBool) -> symbio::Result<ExportOutcome> + Send + 'static,
    {
        let cancel = Arc::new(AtomicBool::new(false));
        self.jobs().insert(job, cancel.clone());
        let emit = self.emit.clone();
        let result = tauri::async_runtime::spawn_blocking(move || {
            let mut progress = |p: Progress| {
                emit(ExportProgress {
                    job,
                    done: p.done,
                    total: p.total,
                })
            };
            work(&mut progress, &cancel)
        })
        .await;
        self.jobs().remove(&job);
        match result {
            Ok(outcome) => Ok(outcome?),
            Err(error) => Err(CommandError::from(symbio::Error::Io {
                context: "the export stopped".to_owned(),
                source: std::io::Error::other(error.to_string()),
            })),
        }
    }
}
