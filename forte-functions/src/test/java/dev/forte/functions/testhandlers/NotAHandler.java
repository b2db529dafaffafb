package dev.forte.functions.testhandlers;

public class NotAHandler {}
