import{i as e,C as t,s as i,w as a,v as d,l as s,b as c,d as o,x as r,e as l,A as n,M as p,_ as h,y as g,r as u,m,E as $}from"./security-scorecard-shell-BAurSAdO.js";import{C as v}from"./security-scorecard-catalog-BGNFabgf.js";class b extends e{constructor(){super(...arguments),this.config={type:t},this.loadedLanguage="en",this.addRisk=()=>{const e=new Set((this.config.accepted??[]).map(e=>e.id)),t=v.find(t=>!e.has(t.id));void 0!==t&&this.set("accepted",[...this.config.accepted??[],{id:t.id,kind:"risk_accepted",reason:"-"}])}}static{this.styles=[i,a`
      .field {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin-bottom: 12px;
      }
      fieldset {
        border: 1px solid var(--divider-color);
        border-radius: 4px;
        margin: 0 0 12px;
      }
      input[type="text"],
      select {
        font: inherit;
        padding: 6px;
        color: var(--primary-text-color);
        background: var(--card-background-color);
        border: 1px solid var(--divider-color);
        border-radius: 4px;
      }
      .risk {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 6px;
        padding: 8px 0;
        border-top: 1px solid var(--divider-color);
      }
      .add,
      .remove {
        color: var(--primary-color);
      }
    `]}setConfig(e){this.config=d(e)}willUpdate(){const e=s(this.hass);e!==this.loadedLanguage&&(this.loadedLanguage=e,c(e).then(e=>{"en"!==e&&this.requestUpdate()}))}render(){const e=o(s(this.hass)),t=this.config,i=new Set(t.categories??r.map(e=>e.id));return l`
      <label class="field"
        >${e("editor.title")}
        <input type="text" name="title" .value=${t.title??""} @change=${e=>this.set("title",e.target.value||void 0)}
      /></label>
      <fieldset>
        <legend>${e("editor.categories")}</legend>
        ${r.map(e=>l`<label
            ><input type="checkbox" name="category" value=${e.id} .checked=${i.has(e.id)} @change=${()=>this.toggleCategory(e.id)} />
            ${e.title}</label
          ><br />`)}
      </fieldset>
      <label
        ><input type="checkbox" name="compact" .checked=${!0===t.compact} @change=${e=>this.set("compact",e.target.checked||void 0)} />
        ${e("editor.compact")}</label
      ><br />
      <label
        ><input
          type="checkbox"
          name="hide_passed"
          .checked=${!0===t.hide_passed}
          @change=${e=>this.set("hide_passed",e.target.checked||void 0)}
        />
        ${e("editor.hide_passed")}</label
      >
      ${this.renderAccepted(e)}
    `}renderAccepted(e){const t=this.config.accepted??[];return l`<fieldset class="accepted">
      <legend>${e("editor.accepted")}</legend>
      <p class="muted">${e("editor.accepted.help")}</p>
      ${t.map((t,i)=>l`<div class="risk">
          <label class="field"
            >${e("editor.accepted.check")}
            <select name="id" @change=${e=>this.updateRisk(i,{id:e.target.value})}>
              ${v.map(e=>l`<option value=${e.id} ?selected=${e.id===t.id}>${e.title}</option>`)}
              ${v.some(e=>e.id===t.id)?n:l`<option value=${t.id} selected>${t.id}</option>`}
            </select></label
          >
          <button class="remove" @click=${()=>this.removeRisk(i)}>${e("editor.accepted.remove")}</button>
          <label class="field"
            >${e("editor.accepted.kind")}
            <select name="kind" @change=${e=>this.updateRisk(i,{kind:e.target.value})}>
              <option value="risk_accepted" ?selected=${"risk_accepted"===t.kind}>${e("editor.kind.risk_accepted")}</option>
              <option value="mitigated" ?selected=${"mitigated"===t.kind}>${e("editor.kind.mitigated")}</option>
            </select></label
          >
          <label class="field"
            >${e("editor.accepted.reason")}
            <input
              type="text"
              name="reason"
              maxlength=${p}
              .value=${t.reason}
              @change=${e=>this.updateRisk(i,{reason:e.target.value})}
          /></label>
        </div>`)}
      <button class="add" @click=${this.addRisk}>${e("editor.accepted.add")}</button>
    </fieldset>`}set(e,t){const i={...this.config};void 0===t?delete i[e]:i[e]=t,this.emit(i)}toggleCategory(e){const t=new Set(this.config.categories??r.map(e=>e.id));if(t.has(e)?t.delete(e):t.add(e),0===t.size)return;const i=r.map(e=>e.id).filter(e=>t.has(e));this.set("categories",i.length===r.length?void 0:i)}removeRisk(e){const t=(this.config.accepted??[]).filter((t,i)=>i!==e);this.set("accepted",t.length>0?t:void 0)}updateRisk(e,t){const i=(this.config.accepted??[]).map((i,a)=>a===e?{...i,...t}:i);this.set("accepted",i)}emit(e){try{d(e)}catch{return}this.config=e,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:e},bubbles:!0,composed:!0}))}}h([g({attribute:!1})],b.prototype,"hass",void 0),h([u()],b.prototype,"config",void 0),m($,b);export{$ as EDITOR_TAG,b as SecurityScorecardCardEditor};
