//! `bench-chart RESULTS.tsv OUT.svg`: the bar chart of `benchmarks/run.py`.
//!
//! The input has one line per program, `name<TAB>ratio[<TAB>ratio...]`,
//! after a header line `program<TAB>series...` naming each column of ratios
//! (python3 time / VM time, so a bar past 1.0 means faster than CPython).
//! The chart has one group of bars per program (one bar per series) and a
//! line at 1.0.

use plotters::prelude::*;
use std::process::ExitCode;

#[derive(Debug)]
struct Table {
    series: Vec<String>,
    rows: Vec<(String, Vec<f64>)>,
}

fn parse(text: &str) -> Result<Table, String> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().ok_or("empty input")?;
    let series: Vec<String> = header.split('\t').skip(1).map(str::to_string).collect();
    if series.is_empty() {
        return Err("the header names no series".into());
    }
    let mut rows = Vec::new();
    for (n, line) in lines.enumerate() {
        let mut cells = line.split('\t');
        let name = cells.next().unwrap_or_default().to_string();
        let values: Vec<f64> = cells
            .map(|c| {
                c.trim()
                    .parse::<f64>()
                    .map_err(|e| format!("line {}: {c:?}: {e}", n + 2))
            })
            .collect::<Result<_, _>>()?;
        if values.len() != series.len() {
            return Err(format!(
                "line {}: {} ratios for {} series",
                n + 2,
                values.len(),
                series.len()
            ));
        }
        rows.push((name, values));
    }
    if rows.is_empty() {
        return Err("no programs".into());
    }
    Ok(Table { series, rows })
}

fn draw(t: &Table, out: &str) -> Result<(), Box<dyn std::error::Error>> {
    let n = t.rows.len();
    let k = t.series.len();
    let height = 140 + (18 * k as u32 + 10) * n as u32;
    let root = SVGBackend::new(out, (900, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let max = t
        .rows
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .fold(1.0f64, f64::max)
        * 1.1;
    // Program i occupies y in [i, i + 1); the first program is at the top.
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "python3 time / VM time (> 1: faster than CPython)",
            ("sans-serif", 18),
        )
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(140)
        .build_cartesian_2d(0.0..max, n as f64..0.0)?;
    let names: Vec<String> = t.rows.iter().map(|(name, _)| name.clone()).collect();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n * 2 + 1)
        .y_label_formatter(&|y| {
            // Label only the middle of each program's band.
            let i = (*y - 0.5).round();
            if (*y - 0.5 - i).abs() < 1e-6 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_desc("ratio")
        .draw()?;
    let band = 0.8 / k as f64;
    for (s, label) in t.series.iter().enumerate() {
        let color = Palette99::pick(s).to_rgba();
        chart
            .draw_series(t.rows.iter().enumerate().map(|(i, (_, v))| {
                let top = i as f64 + 0.1 + s as f64 * band;
                Rectangle::new([(0.0, top), (v[s], top + band * 0.9)], color.filled())
            }))?
            .label(label.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
    }
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(1.0, 0.0), (1.0, n as f64)],
        BLACK.stroke_width(2),
    )))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: bench-chart RESULTS.tsv OUT.svg");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench-chart: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let table = match parse(&text) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench-chart: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = draw(&table, output) {
        eprintln!("bench-chart: cannot draw {output}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_series_and_rows() {
        let t = parse("program\ttiercel\tpypy\nfib\t1.5\t3\nnbody\t0.8\t2.5\n").unwrap();
        assert_eq!(t.series, ["tiercel", "pypy"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].1, [0.8, 2.5]);
    }

    #[test]
    fn rejects_ragged_rows_and_bad_numbers() {
        assert!(parse("program\ta\tb\nfib\t1\n")
            .unwrap_err()
            .contains("1 ratios for 2 series"));
        assert!(parse("program\ta\nfib\tx\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(parse("").is_err());
        assert!(parse("program\ta\n").is_err());
    }
}
