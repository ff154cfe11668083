package org.openprovince.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.Indicator;
import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Period;
import org.openprovince.indicators.Scorecard;
import org.openprovince.platform.HtmlToPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The scorecards of one period (the province's first, then every agency's) as files: an xlsx workbook
 * with a summary sheet (one line per scope, one column per scored indicator) and a detail sheet (one line
 * per scope and indicator, with numerator and denominator), and a PDF with the province's full scorecard
 * followed by the agencies' totals and group points.
 */
@Component
class ScorecardExports {

	static final String PDF_TEMPLATE = "indicators/export-pdf";

	/** Zero-based row of the column headers of both sheets; the data follow it. */
	static final int HEADER_ROW = 3;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final HtmlToPdf pdf = new HtmlToPdf();

	ScorecardExports(MessageSource messages, ITemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	byte[] xlsx(Period period, List<Scorecard> cards, Locale locale) {
		List<Indicator> scored = cards.isEmpty() ? List.of()
				: ScorecardView.of(cards.getFirst())
					.groups()
					.stream()
					.flatMap(g -> g.scores().stream())
					.map(IndicatorScore::indicator)
					.filter(i -> i.maxPoints().signum() > 0)
					.toList();
		var out = new ByteArrayOutputStream(32 * 1024);
		try {
			var workbook = new Workbook(out, "OpenProvince", "1.0");
			String title = msg("indicators.export.title", locale, new ScoreFormat(messages, locale).period(period));
			summary(workbook.newWorksheet(msg("indicators.export.summary", locale)), title, cards, scored, locale);
			detail(workbook.newWorksheet(msg("indicators.export.detail", locale)), title, cards, locale);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] pdf(Period period, List<Scorecard> cards, Locale locale) {
		var context = new Context(locale);
		context.setVariable("fmt", new ScoreFormat(messages, locale));
		context.setVariable("period", period);
		context.setVariable("views", cards.stream().map(ScorecardView::of).toList());
		return pdf.render(templates.process(PDF_TEMPLATE, context));
	}

	private void summary(Worksheet sheet, String title, List<Scorecard> cards, List<Indicator> scored, Locale locale) {
		heading(sheet, title, locale);
		header(sheet, 0, msg("indicators.col.scope", locale), 40);
		header(sheet, 1, msg("indicators.col.total", locale), 12);
		header(sheet, 2, msg("indicators.col.maxTotal", locale), 12);
		for (int i = 0; i < scored.size(); i++) {
			header(sheet, 3 + i, scored.get(i).code() + " " + indicatorTitle(scored.get(i), locale), 16);
		}
		int r = HEADER_ROW + 1;
		for (Scorecard card : cards) {
			sheet.value(r, 0, card.scopeName());
			sheet.value(r, 1, card.total());
			sheet.value(r, 2, card.maxTotal());
			for (int i = 0; i < scored.size(); i++) {
				IndicatorScore score = card.score(scored.get(i)).orElse(null);
				if (score != null) {
					sheet.value(r, 3 + i, score.points());
				}
			}
			r++;
		}
		sheet.freezePane(1, HEADER_ROW + 1);
	}

	private void detail(Worksheet sheet, String title, List<Scorecard> cards, Locale locale) {
		heading(sheet, title, locale);
		String[] columns = { "scope", "group", "code", "indicator", "numerator", "denominator", "ratio", "threshold",
				"points", "maxPoints" };
		int[] widths = { 40, 28, 8, 60, 12, 12, 12, 12, 10, 10 };
		for (int c = 0; c < columns.length; c++) {
			header(sheet, c, msg("indicators.col." + columns[c], locale), widths[c]);
		}
		int r = HEADER_ROW + 1;
		for (Scorecard card : cards) {
			for (ScorecardView.Group group : ScorecardView.of(card).groups()) {
				for (IndicatorScore s : group.scores()) {
					sheet.value(r, 0, card.scopeName());
					sheet.value(r, 1, msg("indicators.group." + group.number(), locale));
					sheet.value(r, 2, s.indicator().code());
					sheet.value(r, 3, indicatorTitle(s.indicator(), locale));
					sheet.value(r, 4, s.numerator());
					sheet.value(r, 5, s.denominator());
					number(sheet, r, 6, s.ratio());
					number(sheet, r, 7, s.indicator().threshold());
					sheet.value(r, 8, s.points());
					sheet.value(r, 9, s.indicator().maxPoints());
					r++;
				}
			}
		}
		sheet.freezePane(1, HEADER_ROW + 1);
	}

	private void heading(Worksheet sheet, String title, Locale locale) {
		sheet.value(0, 0, title);
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, msg("indicators.export.source", locale));
	}

	private static void header(Worksheet sheet, int c, String text, int width) {
		sheet.width(c, width);
		sheet.value(HEADER_ROW, c, text);
		sheet.style(HEADER_ROW, c).bold().fillColor("EEEEEE").wrapText(true).verticalAlignment("center").set();
	}

	private static void number(Worksheet sheet, int r, int c, @Nullable BigDecimal value) {
		if (value != null) {
			sheet.value(r, c, value);
		}
	}

	private String indicatorTitle(Indicator indicator, Locale locale) {
		return msg("indicators766." + indicator.name() + ".title", locale);
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
