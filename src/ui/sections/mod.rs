//! The page's sections, in the order of the decision (product description, "Interface").

pub mod accountability;
pub mod advice;
pub mod budget;
pub mod budget_table;
pub mod charts;
pub mod conclusions;
pub mod invoices;
pub mod key_compare;
pub mod key_settings;
pub mod key_tariffs;
pub mod multi_year;
pub mod next_year;
pub mod participants;
pub mod participants_growth;
pub mod participants_list;
pub mod participants_more;
pub mod participants_paste;
pub mod participants_refresh;
pub mod results;
pub mod results_participants;
pub mod settlement;
pub mod shortfall;
pub mod year_over_year;
