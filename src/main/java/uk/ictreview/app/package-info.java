/**
 * The command line: {@link uk.ictreview.app.Main} and one class per command. Commands take their output
 * streams and the clock from the caller, so tests run them exactly as a user does.
 */
package uk.ictreview.app;
