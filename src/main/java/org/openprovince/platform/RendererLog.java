package org.openprovince.platform;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J instead of its own console handler, one level down: the
 * renderer reports every font load and layout pass at INFO, which is DEBUG for this application.
 */
final class RendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, @Nullable Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(msg, th);
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are configured in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return value >= Level.WARNING.intValue() || (value >= Level.INFO.intValue() ? logger.isDebugEnabled()
				: logger.isTraceEnabled());
	}
}
