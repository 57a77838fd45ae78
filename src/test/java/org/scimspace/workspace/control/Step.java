package org.scimspace.workspace.control;

import java.util.function.Consumer;

/** One step of a scenario: a directory or workspace change, or an expectation, run in its own transaction. */
record Step(String text, Consumer<RulesWorld> action) {

    @Override
    public String toString() {
        return text;
    }
}
