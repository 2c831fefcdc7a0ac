//! The page's sections, in the order of the decision (product description, "Interface").

pub mod accountability;
pub mod advice;
pub mod budget;
pub mod charts;
pub mod conclusions;
pub mod insight_fields;
pub mod multi_year;
pub mod participants;
pub mod results;
