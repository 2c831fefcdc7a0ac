//! Charts of step 4: cost per municipality against the number of municipalities, and each scenario's
//! budget by category. Each chart has its table as a text alternative; without ECharts only the tables show.

use std::borrow::Cow;

use leptos::html::Div;
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;

use crate::charts::echarts::{self, ChartHandle};
use crate::charts::{ChartLabels, Composition, CostCurve, Segment};
use crate::domain::budget::Category;
use crate::domain::notation::Precision;
use crate::state::use_state;
use crate::text::{InsightTexts, Lang};
use crate::ui::print::{self, use_print_mode};
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::viewport::watch_nearness;
use crate::ui::words::words;

fn labels(insight: &'static InsightTexts) -> ChartLabels<'static> {
    ChartLabels {
        count_axis: Cow::Borrowed(insight.count_axis),
        amount_axis: Cow::Borrowed(insight.amount_axis),
        current_point: Cow::Borrowed(insight.current_point),
        grown_point: Cow::Borrowed(insight.grown_point),
        affordability: Cow::Borrowed(insight.affordability),
        reserve: Cow::Borrowed(insight.reserve),
        categories: Category::ALL
            .map(|category| Cow::Borrowed(insight.lang.texts().category_name(category))),
    }
}

/// Draws into the element, creating the ECharts instance only the first time. `for_paper` draws at the
/// print size at once, without the curves growing in. Says whether there is a chart to see.
fn draw(
    target: NodeRef<Div>,
    handle: StoredValue<Option<ChartHandle>, LocalStorage>,
    options: &JsValue,
    for_paper: bool,
) -> bool {
    let Some(element) = target.get_untracked() else {
        return false;
    };
    let mut drawn = false;
    handle.update_value(|handle| {
        if handle.is_none() {
            *handle = ChartHandle::init(&element);
        }
        if let Some(handle) = handle {
            drawn = if for_paper {
                handle.resize_to(print::CHART_WIDTH, print::CHART_HEIGHT);
                handle.show_still(options)
            } else {
                handle.show(options)
            };
        }
    });
    drawn
}

/// How long after the charts join the page ECharts is fetched anyway, near or not, so that it is there when
/// the user prints: Ctrl+P cannot wait for a script.
const PRELOAD_AFTER: std::time::Duration = std::time::Duration::from_secs(6);

#[component]
pub fn Charts() -> impl IntoView {
    let state = use_state();
    let print_mode = use_print_mode();
    let printing = move || print_mode.is_some_and(|mode| mode.is_active());
    // ECharts arrives when the charts come near the viewport, when the page is printed, or a few seconds
    // after the page has settled (`PRELOAD_AFTER`); until then, and if it never does, the tables carry the
    // same numbers, on screen and on paper.
    let ready = RwSignal::new(echarts::available());
    let unavailable = RwSignal::new(false);
    // Whether a chart is on the page: on paper the tables are printed only where it is not.
    let drawn = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    // Whether the charts are within a screen of the viewport: they load, and redraw, only then.
    let near = RwSignal::new(false);
    Effect::new(
        move |observer: Option<Option<web_sys::IntersectionObserver>>| {
            if let Some(Some(observer)) = observer {
                return Some(observer);
            }
            let section = section.get()?;
            let observer = watch_nearness(&section, move |is_near, _| near.set(is_near));
            if observer.is_none() {
                near.set(true);
            }
            observer
        },
    );
    let load = move || {
        echarts::load(move |loaded| {
            let _ = if loaded {
                ready.try_set(true)
            } else {
                unavailable.try_set(true)
            };
        })
    };
    // Evaluating ECharts is one long task (a quarter of a second on a slow phone). In the first seconds the
    // page is still starting and the user starting to read; a little later, when the browser is idle, it
    // costs nobody anything.
    set_timeout(
        move || {
            request_idle_callback(move || {
                if ready.try_get_untracked() == Some(false) {
                    load();
                }
            })
        },
        PRELOAD_AFTER,
    );
    Effect::new(move |requested: Option<bool>| {
        if requested == Some(true) || ready.get_untracked() {
            return true;
        }
        if !near.get() && !printing() {
            return false;
        }
        load();
        true
    });
    let curve_target = NodeRef::<Div>::new();
    let composition_target = NodeRef::<Div>::new();
    let curve_handle = StoredValue::new_local(None::<ChartHandle>);
    let composition_handle = StoredValue::new_local(None::<ChartHandle>);
    let data = Memo::new(move |_| {
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            state.document.with(|document| {
                Some((
                    CostCurve::from_report(document, report),
                    Composition::from_report(document, report),
                ))
            })
        })
    });
    let draw_both = move |for_paper: bool| {
        let labels = labels(state.lang.get_untracked().insight());
        let _ = data.try_with_untracked(|data| {
            let options = data.as_ref().and_then(|(curve, composition)| {
                echarts::chart_options(curve, composition, labels)
            });
            if let Some((curve, composition)) = options {
                let curve_drawn = draw(curve_target, curve_handle, &curve, for_paper);
                let composition_drawn = draw(
                    composition_target,
                    composition_handle,
                    &composition,
                    for_paper,
                );
                drawn.set(curve_drawn && composition_drawn);
            } else {
                // No figures (the document has problems) or no options for them: no chart of older ones.
                drawn.set(false);
            }
        });
    };
    {
        // A keystroke in the budget changes the charts too, but drawing them is slower than computing the
        // report. Draw at the next frame, once for any number of changes, and only while the charts are near
        // the viewport; coming near again draws the latest.
        let frame_requested = StoredValue::new(false);
        Effect::new(move |_| {
            // Away from the viewport the effect does not even follow the data; coming near runs it again.
            // While printing, the charts are drawn for paper below.
            if !ready.get() || !near.get() || printing() {
                return;
            }
            data.track();
            state.lang.track();
            let mounted = curve_target.get().is_some() && composition_target.get().is_some();
            if !mounted || frame_requested.get_value() {
                return;
            }
            frame_requested.set_value(true);
            request_animation_frame(move || {
                if frame_requested.try_set_value(false).is_some() {
                    return;
                }
                draw_both(false);
            });
        });
        // On paper: drawn at once, at the size of the page, with the latest figures, wherever the charts are;
        // back to the size of the screen afterwards.
        Effect::new(move |was_printing: Option<bool>| {
            let now_printing = printing();
            let mounted = curve_target.get().is_some() && composition_target.get().is_some();
            if now_printing && ready.get() && mounted {
                draw_both(true);
            } else if !now_printing && was_printing == Some(true) {
                for handle in [curve_handle, composition_handle] {
                    let _ = handle.try_with_value(|handle| {
                        if let Some(handle) = handle {
                            handle.resize();
                        }
                    });
                }
            }
            now_printing
        });
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            if printing() {
                return;
            }
            for handle in [curve_handle, composition_handle] {
                let _ = handle.try_with_value(|handle| {
                    if let Some(handle) = handle {
                        handle.resize();
                    }
                });
            }
        });
        on_cleanup(move || {
            resize.remove();
            for handle in [curve_handle, composition_handle] {
                let _ = handle.try_with_value(|handle| {
                    if let Some(handle) = handle {
                        handle.dispose();
                    }
                });
            }
        });
    }
    // "Bijdrage per gemeente: grafiek; de cijfers staan in de tabel eronder."
    let chart_label = move |title: fn(&InsightTexts) -> &'static str| {
        Signal::derive(move || {
            let insight = state.lang.get().insight();
            format!("{}: {}", title(insight), insight.chart_label_suffix)
        })
    };
    let tables = Memo::new(move |_| {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        data.with(|data| {
            data.as_ref().map(|(curve, composition)| {
                (
                    curve_table(curve, lang, precision),
                    composition_table(composition, lang, precision),
                )
            })
        })
    });
    let curve_numbers =
        Memo::new(move |_| tables.with(|tables| tables.as_ref().map(|(curve, _)| curve.clone())));
    let composition_numbers = Memo::new(move |_| {
        tables.with(|tables| tables.as_ref().map(|(_, composition)| composition.clone()))
    });
    // What a reader can afford by the curve's reference amount, under its table.
    let affordability = move || {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        data.with(|data| {
            let amount = data.as_ref()?.0.affordability?;
            Some(format!(
                "{}: {}",
                lang.insight().affordability,
                lang.money(amount, precision)
            ))
        })
        .map(|text| view! { <p class="bw-hint">{text}</p> })
    };
    view! {
        <section class="bw-section bw-charts" id="grafieken" aria-labelledby="grafieken-heading" node_ref=section>
            <h3 id="grafieken-heading">{words(|l| l.insight().charts_heading)}</h3>
            {move || unavailable.get().then(|| view! { <p class="bw-hint" data-testid="charts-unavailable">{words(|l| l.insight().charts_unavailable)}</p> })}
            <figure class="bw-chart-figure" data-drawn=move || drawn.get().then_some("true")>
                <figcaption class="bw-chart-title">{words(|l| l.insight().curve_title)}</figcaption>
                {move || (!unavailable.get()).then(|| view! {
                    <div class="bw-chart" id="grafiek-bijdrage" node_ref=curve_target role="img"
                        aria-label=chart_label(|insight| insight.curve_title)></div>
                })}
                <details class="bw-chart-table" open=move || unavailable.get()>
                    <summary>{words(|l| l.insight().show_numbers)}</summary>
                    <DataTable table=curve_numbers />
                    {affordability}
                </details>
            </figure>
            <figure class="bw-chart-figure" data-drawn=move || drawn.get().then_some("true")>
                <figcaption class="bw-chart-title">{words(|l| l.insight().composition_title)}</figcaption>
                {move || (!unavailable.get()).then(|| view! {
                    <div class="bw-chart" id="grafiek-opbouw" node_ref=composition_target role="img"
                        aria-label=chart_label(|insight| insight.composition_title)></div>
                })}
                <details class="bw-chart-table" open=move || unavailable.get()>
                    <summary>{words(|l| l.insight().show_numbers)}</summary>
                    <DataTable table=composition_numbers />
                </details>
            </figure>
        </section>
    }
}

/// The numbers behind the cost curve: the equal share per scenario at some numbers of municipalities,
/// today's and after growth marked.
fn curve_table(curve: &CostCurve, lang: Lang, precision: Precision) -> Table {
    let insight = lang.insight();
    let mut head = vec![Cell::head(insight.col_count)];
    head.extend(
        curve
            .scenario_names
            .iter()
            .map(|name| Cell::number_head(name.clone())),
    );
    let mut table = Table::new(insight.curve_caption, head)
        .id("grafiek-bijdrage-tabel")
        .testid("curve-table");
    for count in curve.table_counts() {
        let mut marker = Vec::new();
        if count == curve.current {
            marker.push(insight.current_point);
        }
        if count == curve.grown {
            marker.push(insight.grown_point);
        }
        let label = match marker.is_empty() {
            true => lang.whole(Decimal::from(count)),
            false => format!(
                "{} ({})",
                lang.whole(Decimal::from(count)),
                marker.join(", ")
            ),
        };
        let mut cells = vec![Cell::row_head(label)];
        cells.extend((0..curve.scenario_names.len()).map(|scenario| {
            Cell::number(
                curve
                    .share(scenario, count)
                    .map(|share| lang.money(share, precision))
                    .unwrap_or_default(),
            )
        }));
        table.body.push(Row::new(cells));
    }
    table
}

/// The numbers behind the composition: each scenario's budget by category, its reserve and total.
fn composition_table(composition: &Composition, lang: Lang, precision: Precision) -> Table {
    let insight = lang.insight();
    let mut head = vec![Cell::head(insight.col_part)];
    head.extend(
        composition
            .scenario_names
            .iter()
            .map(|name| Cell::number_head(name.clone())),
    );
    let mut table = Table::new(insight.composition_caption, head)
        .id("grafiek-opbouw-tabel")
        .testid("composition-table");
    let row = |label: &str, amounts: &[Decimal]| {
        let mut cells = vec![Cell::row_head(label)];
        cells.extend(
            amounts
                .iter()
                .map(|amount| Cell::number(lang.money(*amount, precision))),
        );
        Row::new(cells)
    };
    for (segment, amounts) in &composition.segments {
        let label = match segment {
            Segment::Category(category) => lang.texts().category_name(*category),
            Segment::Reserve => insight.reserve,
        };
        table.body.push(row(label, amounts));
    }
    table.body.push(row(insight.total, &composition.totals));
    table
}
