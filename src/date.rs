//! Dates as pages write them (ISO, Bengali digits and month names, "এএম/পিএম") → ISO 8601.
//! Pure text in, text out; it must not touch the DOM.
