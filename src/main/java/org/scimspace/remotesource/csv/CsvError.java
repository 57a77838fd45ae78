package org.scimspace.remotesource.csv;

/** A problem of a file at a physical line (counting from 1), as people read it: "line 7: …". */
public record CsvError(long line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
