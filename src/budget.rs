//! The size and time budget of one extraction. Receives the caller's `Options`; every stage asks
//! it before long work. It never looks at the page itself.

use web_time::{Duration, Instant};

use crate::{Error, Options};

/// Limits in force for one call of [`crate::extract`].
pub(crate) struct Budget {
    start: Instant,
    limit: Duration,
    max_bytes: usize,
    max_nodes: usize,
}

impl Budget {
    pub(crate) fn start(options: &Options) -> Self {
        Budget {
            start: Instant::now(),
            limit: Duration::from_millis(options.max_millis),
            max_bytes: options.max_bytes,
            max_nodes: options.max_nodes,
        }
    }

    pub(crate) fn check_input(&self, bytes: usize) -> Result<(), Error> {
        if bytes > self.max_bytes {
            return Err(Error::TooLarge {
                found: bytes,
                limit: self.max_bytes,
            });
        }
        Ok(())
    }

    pub(crate) fn check_nodes(&self, nodes: usize) -> Result<(), Error> {
        if nodes > self.max_nodes {
            return Err(Error::TooManyNodes {
                found: nodes,
                limit: self.max_nodes,
            });
        }
        Ok(())
    }

    pub(crate) fn check_time(&self) -> Result<(), Error> {
        if self.start.elapsed() > self.limit {
            return Err(Error::Timeout {
                limit_ms: u64::try_from(self.limit.as_millis()).unwrap_or(u64::MAX),
            });
        }
        Ok(())
    }
}
