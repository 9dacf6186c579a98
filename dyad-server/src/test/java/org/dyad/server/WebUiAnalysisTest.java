package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The analysis pages driven in headless Chromium: the network graph filtered by QuadClass with a
 * tie's events opened from the keyboard, and the sanctions cross-reference with a judgement
 * recorded and still there after a reload.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiAnalysisTest extends BrowserTest {

  @Test
  @Order(1)
  void drawsTheNetworkAndNarrowsItByQuadClass() throws Exception {
    browser.get(base + "#/network");

    WebElement graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-graph[data-nodes]")));
    assertThat(graph.getAttribute("data-nodes")).as("actors Cytoscape drew").isEqualTo("3");
    assertThat(graph.getAttribute("data-edges")).as("ties Cytoscape drew").isEqualTo("2");
    assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#ties tbody tr"))).hasSize(2);
    assertThat(browser.findElement(By.id("network-count")).getText()).startsWith("3 actors, 2 ties");
    screenshot("13-network");

    for (String quad : List.of("3", "4")) {
      browser.findElement(By.cssSelector("input[name=quad][value='" + quad + "']")).click();
    }
    browser.findElement(By.cssSelector("input[name=min_events]")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No ties match"));
    assertThat(browser.getCurrentUrl()).endsWith("#/network?min_events=1&quad=1%2C2");
    assertThat(browser.findElement(By.id("network-count")).getText()).startsWith("0 actors, 0 ties");
    assertThat(browser.findElement(By.cssSelector("input[name=quad][value='4']")).isSelected()).isFalse();
  }

  @Test
  @Order(2)
  void opensATiesEventsFromTheKeyboard() throws Exception {
    browser.get(base + "#/network?quad=4&from=2002-01-01&to=2002-12-31");
    WebElement tie = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#ties tbody button")));
    assertThat(browser.findElements(By.cssSelector("#ties tbody tr"))).hasSize(1);
    assertThat(tie.getText()).isEqualTo("Events IRN → IMGMUSALQ");

    tie.sendKeys(Keys.ENTER);

    WebElement events = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tie-event-list li")));
    assertThat(events.getText()).contains("2002-08-12", "CAMEO 174", "<script>window.hacked=1</script>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    assertThat(browser.findElement(By.linkText("Dyad page for this pair")).getAttribute("href"))
        .endsWith("#/dyad?a=IRN&b=IMGMUSALQ&from=2002-01-01&to=2002-12-31");
    assertThat(events.findElement(By.linkText("document")).getAttribute("href")).endsWith("#/doc/" + served.sample.deportation);
    screenshot("14-network-tie");
    browser.findElement(By.linkText("Dyad page for this pair")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "IRN – IMGMUSALQ"));
  }

  @Test
  @Order(3)
  void listsTheCrossReferenceAndKeepsAJudgementAcrossAReload() throws Exception {
    SampleSanctionsList.importInto(served.workspace);
    browser.get(base + "#/sanctions?view=xref");

    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#xref tbody tr"), 2));
    List<WebElement> rows = browser.findElements(By.cssSelector("#xref tbody tr"));
    assertThat(rows.getFirst().getText()).contains("12", "AL QAIDA", "al-Qaeda", "not judged");
    assertThat(browser.findElement(By.id("xref")).getText()).contains("<script>window.hacked=1</script>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#xref blockquote mark"))).extracting(WebElement::getText)
        .containsOnly("al-Qaeda");
    screenshot("15-sanctions-xref");

    rows.getFirst().findElement(By.cssSelector("button[data-verdict=match]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("judgement-status"), "Recorded"));
    assertThat(browser.findElements(By.cssSelector("#xref tbody tr[data-judgement=match]")))
        .as("the verdict applies to every occurrence of the name").hasSize(2);

    browser.navigate().refresh();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#xref tbody tr[data-judgement=match]"), 2));
    assertThat(browser.findElement(By.cssSelector("#xref tbody tr button[aria-pressed=true]")).getText()).isEqualTo("Match");
    screenshot("16-sanctions-judged");

    new Select(browser.findElement(By.cssSelector("select[name=judgement]"))).selectByValue("none");
    browser.findElement(By.cssSelector("input[name=min_score]")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No matches with this judgement"));
    browser.get(base + "#/sanctions?view=xref&judgement=match");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Sanctions on al-Qaeda"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sanctions on al-Qaeda in Iran"));
  }
}
