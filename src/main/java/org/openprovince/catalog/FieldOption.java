package org.openprovince.catalog;

/** A field (lĩnh vực) in use in the catalog, with how many procedures are in force in it. */
public record FieldOption(String code, String name, long procedures) {
}
