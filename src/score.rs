//! Stage 2, score: `&Page` → [`Pick`], the element that holds the article body.

use crate::budget::Budget;
use crate::dom::NodeId;
use crate::parse::Page;
use crate::Error;

/// The chosen article root(s), in document order.
pub(crate) struct Pick {
    pub(crate) roots: Vec<NodeId>,
}

pub(crate) fn find_main(page: &Page, budget: &Budget) -> Result<Pick, Error> {
    budget.check_time()?;
    Ok(Pick { roots: vec![page.body] })
}
