package org.openprovince.catalog.transfer;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.FormFieldType;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.TimeLimitUnit;

/**
 * Reads the labels people and the national database write ("Cấp Tỉnh", "Ngày làm việc", "Trực
 * tuyến", "Lệ phí", "Có"…) whatever their case and accents, as well as the constants' names.
 */
public final class Labels {

	private Labels() {
	}

	/** Lower case without diacritics and without extra spaces: "Cấp  Tỉnh" → "cap tinh". */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	public static ImplementingLevel level(String text) {
		String folded = fold(text);
		for (ImplementingLevel level : ImplementingLevel.values()) {
			if (folded.equals(fold(level.nationalLabel())) || folded.equals(fold(level.name()))
					|| folded.equals(fold(level.nationalLabel()).replace("cap ", ""))) {
				return level;
			}
		}
		throw new CatalogException("catalog.import.level", text.strip());
	}

	public static Channel channel(String text) {
		String folded = fold(text);
		for (Channel channel : Channel.values()) {
			if (folded.equals(fold(channel.nationalLabel())) || folded.equals(fold(channel.name()))
					|| folded.equals(String.valueOf(channel.code()))) {
				return channel;
			}
		}
		if (folded.contains("buu chinh")) {
			return Channel.POSTAL;
		}
		throw new CatalogException("catalog.import.channel", text.strip());
	}

	public static TimeLimitUnit unit(String text) {
		String folded = fold(text);
		for (TimeLimitUnit unit : TimeLimitUnit.values()) {
			if (folded.equals(fold(unit.nationalLabel())) || folded.equals(fold(unit.name()))) {
				return unit;
			}
		}
		if (folded.equals("gio")) {
			return TimeLimitUnit.HOURS;
		}
		throw new CatalogException("catalog.import.unit", text.strip());
	}

	public static OnlineLevel onlineLevel(String text) {
		String folded = fold(text);
		return switch (folded) {
			case "toan trinh", "full", "4" -> OnlineLevel.FULL;
			case "mot phan", "partial", "3" -> OnlineLevel.PARTIAL;
			case "cung cap thong tin", "thong tin", "information", "2" -> OnlineLevel.INFORMATION;
			default -> throw new CatalogException("catalog.import.onlineLevel", text.strip());
		};
	}

	public static String onlineLevelLabel(OnlineLevel level) {
		return switch (level) {
			case FULL -> "Toàn trình";
			case PARTIAL -> "Một phần";
			case INFORMATION -> "Cung cấp thông tin";
		};
	}

	public static FeeKind feeKind(String text) {
		String folded = fold(text);
		for (FeeKind kind : FeeKind.values()) {
			if (folded.equals(fold(kind.nationalLabel())) || folded.equals(fold(kind.name()))) {
				return kind;
			}
		}
		if (folded.equals("lephi")) {
			return FeeKind.CHARGE;
		}
		throw new CatalogException("catalog.import.feeKind", text.strip());
	}

	/** "Văn bản", "Số", "Ngày", "Lựa chọn", "Địa chỉ", or the constant's name. */
	public static FormFieldType formFieldType(String text) {
		String folded = fold(text);
		for (FormFieldType type : FormFieldType.values()) {
			if (folded.equals(fold(formFieldTypeLabel(type))) || folded.equals(fold(type.name()))) {
				return type;
			}
		}
		throw new CatalogException("catalog.import.formFieldType", text.strip());
	}

	public static String formFieldTypeLabel(FormFieldType type) {
		return switch (type) {
			case TEXT -> "Văn bản";
			case NUMBER -> "Số";
			case DATE -> "Ngày";
			case CHOICE -> "Lựa chọn";
			case ADDRESS -> "Địa chỉ";
		};
	}

	/** "Có"/"Không" (also x, yes/no, true/false, 1/0); {@code fallback} when blank. */
	public static boolean yesNo(@Nullable String text, boolean fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		return switch (fold(text)) {
			case "co", "x", "yes", "true", "1", "bat buoc" -> true;
			case "khong", "no", "false", "0", "khong bat buoc" -> false;
			default -> throw new CatalogException("catalog.import.yesNo", text.strip());
		};
	}

	public static String yesNoLabel(boolean value) {
		return value ? "Có" : "Không";
	}
}
